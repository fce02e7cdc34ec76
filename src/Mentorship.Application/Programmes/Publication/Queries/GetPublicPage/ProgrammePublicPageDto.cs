using AutoMapper;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Publication.Queries.GetPublicPage;

/// <summary>What the programme tells parents and pupils on the open information resource, and the curator's contact agreement.</summary>
public sealed record ProgrammePublicPageDto
{
    /// <summary>The programme.</summary>
    public Guid ProgrammeId { get; init; }

    /// <summary>The programme described for parents; null when none.</summary>
    public string? ParentsText { get; init; }

    /// <summary>The programme described for pupils; null when none.</summary>
    public string? PupilsText { get; init; }

    /// <summary>The curator agreed to publish the work contact below; false shows the organisation's contact instead.</summary>
    public bool CuratorContactPublished { get; init; }

    /// <summary>When the curator agreed; null without an agreement.</summary>
    public DateTimeOffset? CuratorContactAgreedAt { get; init; }

    /// <summary>When an agreement was last withdrawn; null when never.</summary>
    public DateTimeOffset? CuratorContactWithdrawnAt { get; init; }

    /// <summary>The name shown with the contact.</summary>
    public string? CuratorContactName { get; init; }

    /// <summary>The curator's work e-mail.</summary>
    public string? CuratorWorkEmail { get; init; }

    /// <summary>The curator's work phone.</summary>
    public string? CuratorWorkPhone { get; init; }

    /// <summary>Version of the record.</summary>
    public long Version { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<ProgrammePublicPage, ProgrammePublicPageDto>();
    }
}
