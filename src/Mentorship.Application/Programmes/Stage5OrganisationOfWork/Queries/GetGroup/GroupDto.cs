using AutoMapper;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetGroup;

/// <summary>A pair or group: form, format, members from joining to leaving, status and how it ended.</summary>
public sealed record GroupDto
{
    /// <summary>Identifier of the pair or group.</summary>
    public Guid Id { get; init; }

    /// <summary>The programme it belongs to.</summary>
    public Guid ProgrammeId { get; init; }

    /// <summary>Name of a group, such as a «круг наставничества»; null for most pairs.</summary>
    public string? Name { get; init; }

    /// <summary>Form of mentorship (форма наставничества).</summary>
    public MentoringForm Form { get; init; }

    /// <summary>Format of mentorship (формат наставничества).</summary>
    public MentoringFormat Format { get; init; }

    /// <summary>Active, completed or terminated.</summary>
    public GroupStatus Status { get; init; }

    /// <summary>Date it started; it counts in every calendar year it was active on at least one day of.</summary>
    public DateOnly StartedAt { get; init; }

    /// <summary>Date it ended; null while active.</summary>
    public DateOnly? EndedAt { get; init; }

    /// <summary>Why it ended; null while active or when completed without one.</summary>
    public string? EndReason { get; init; }

    /// <summary>
    /// Element of the teacher model (адаптация, обучение, сопровождение) of a teacher–teacher pair; null for other forms.
    /// </summary>
    public TeacherModelElement? TeacherElement { get; init; }

    /// <summary>The professional deficit (дефицит) a teacher–teacher pair addresses, as a tag; null for other forms.</summary>
    public string? Deficit { get; init; }

    /// <summary>Members from joining to leaving, mentors first.</summary>
    public IReadOnlyList<GroupMemberDto> Members { get; init; } = [];

    /// <summary>Version of the record, carried by the ETag.</summary>
    public long Version { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<MentoringGroup, GroupDto>()
            .ForMember(d => d.Members, o => o.MapFrom(s => s.Members.OrderBy(m => m.Role).ThenBy(m => m.JoinedAt).ThenBy(m => m.Id)));
    }
}
