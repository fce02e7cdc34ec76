using AutoMapper;
using Mentorship.Domain.Common;
using Mentorship.Domain.Territory;

namespace Mentorship.Application.Territory.HeadCounts.Queries.GetHeadCounts;

public sealed record HeadCountDto
{
    public Guid Id { get; init; }

    public Guid OrganizationId { get; init; }

    public AcademicYear AcademicYear { get; init; }

    public int PupilsTotal { get; init; }

    public int PupilsInAgeBand { get; init; }

    public int AdditionalEducationPupils { get; init; }

    public int TeachersTotal { get; init; }

    public int TeachersUnder35 { get; init; }

    public int YoungSpecialists { get; init; }

    public HeadCountSource Source { get; init; }

    public DateTimeOffset ReportedAt { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<HeadCount, HeadCountDto>();
    }
}
