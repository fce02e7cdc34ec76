using AutoMapper;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetGroup;

/// <summary>A member of a pair or group, from joining to leaving.</summary>
public sealed record GroupMemberDto : Auditing.IShowsPersonalData
{
    IEnumerable<Guid> Auditing.IShowsPersonalData.DataSubjects => [PersonId];

    /// <summary>The person.</summary>
    public Guid PersonId { get; init; }

    /// <summary>Full name of the person (personal data).</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Mentor (наставник) or mentee (наставляемый).</summary>
    public GroupRole Role { get; init; }

    /// <summary>Date the person joined.</summary>
    public DateOnly JoinedAt { get; init; }

    /// <summary>Date the person left; null while a member.</summary>
    public DateOnly? LeftAt { get; init; }

    /// <summary>Why the person left, such as "consent revoked"; null while a member or when none was given.</summary>
    public string? LeaveReason { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<GroupMember, GroupMemberDto>().ForMember(d => d.Name, o => o.Ignore());
    }
}
