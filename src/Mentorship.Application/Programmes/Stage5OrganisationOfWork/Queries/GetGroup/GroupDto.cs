using AutoMapper;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetGroup;

/// <summary>A pair or group: form, format, members from joining to leaving, status and how it ended.</summary>
public sealed record GroupDto
{
    /// <summary>Identifier of the pair or group.</summary>
    public Guid Id { get; init; }

    public Guid ProgrammeId { get; init; }

    public string? Name { get; init; }

    /// <summary>Form of mentorship of the pair.</summary>
    public MentoringForm Form { get; init; }

    public MentoringFormat Format { get; init; }

    public GroupStatus Status { get; init; }

    public DateOnly StartedAt { get; init; }

    public DateOnly? EndedAt { get; init; }

    public string? EndReason { get; init; }

    public IReadOnlyList<GroupMemberDto> Members { get; init; } = [];

    public long Version { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<MentoringGroup, GroupDto>()
            .ForMember(d => d.Members, o => o.MapFrom(s => s.Members.OrderBy(m => m.Role).ThenBy(m => m.JoinedAt).ThenBy(m => m.Id)));
    }
}
