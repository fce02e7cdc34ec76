using AutoMapper;
using Mentorship.Domain.Common;
using Mentorship.Domain.Territory;

namespace Mentorship.Application.Territory.HeadCounts.Queries.GetHeadCounts;

/// <summary>
/// A head-count report (контингент) of an organisation for an academic year: the denominators of coverage. The latest
/// report of a year counts; earlier ones are kept as history.
/// </summary>
public sealed record HeadCountDto
{
    /// <summary>Identifier of the report.</summary>
    public Guid Id { get; init; }

    /// <summary>The organisation reported on.</summary>
    public Guid OrganizationId { get; init; }

    /// <summary>Academic year (учебный год) of the figures, such as "2024/2025".</summary>
    public AcademicYear AcademicYear { get; init; }

    /// <summary>Pupils total (обучающихся всего).</summary>
    public int PupilsTotal { get; init; }

    /// <summary>Pupils of the region's age band (10–18 by default).</summary>
    public int PupilsInAgeBand { get; init; }

    /// <summary>Children enrolled in additional-education programmes (дополнительное образование).</summary>
    public int AdditionalEducationPupils { get; init; }

    /// <summary>Of them, those who are mentees in any programme, as the organisation reports it.</summary>
    public int AdditionalEducationPupilsMentored { get; init; }

    /// <summary>Teachers total (педагогов всего).</summary>
    public int TeachersTotal { get; init; }

    /// <summary>Teachers under 35 (педагоги до 35 лет).</summary>
    public int TeachersUnder35 { get; init; }

    /// <summary>Young specialists (молодые специалисты, under 3 years of pedagogical experience).</summary>
    public int YoungSpecialists { get; init; }

    /// <summary>Whether it was entered by hand or pushed by the school information system.</summary>
    public HeadCountSource Source { get; init; }

    /// <summary>When the report was received (UTC); the latest of a year wins.</summary>
    public DateTimeOffset ReportedAt { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<HeadCount, HeadCountDto>();
    }
}
