using AutoMapper;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetGroup;

public sealed record GroupMemberDto : Auditing.IShowsPersonalData
{
    IEnumerable<Guid> Auditing.IShowsPersonalData.DataSubjects => [PersonId];

    public Guid PersonId { get; init; }

    public string Name { get; init; } = string.Empty;

    public GroupRole Role { get; init; }

    public DateOnly JoinedAt { get; init; }

    public DateOnly? LeftAt { get; init; }

    public string? LeaveReason { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<GroupMember, GroupMemberDto>().ForMember(d => d.Name, o => o.Ignore());
    }
}
