using AutoMapper;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetGoals;

/// <summary>A goal (цель) of a pair or group, or of one mentee in it.</summary>
public sealed record GoalDto
{
    /// <summary>Identifier of the goal.</summary>
    public Guid Id { get; init; }

    /// <summary>The pair or group.</summary>
    public Guid GroupId { get; init; }

    /// <summary>The mentee the goal is of; null for a goal of the whole pair or group.</summary>
    public Guid? MenteePersonId { get; init; }

    /// <summary>The goal in words.</summary>
    public required string Text { get; init; }

    /// <summary>Date it should be reached by; null when none.</summary>
    public DateOnly? DueOn { get; init; }

    /// <summary>Open, achieved, not achieved or cancelled.</summary>
    public GoalStatus Status { get; init; }

    /// <summary>Date it was closed; null while open.</summary>
    public DateOnly? ClosedOn { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Goal, GoalDto>();
    }
}
