using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Domain.Common;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Public.Practices.Queries.GetPublicPractices;

/// <param name="RegionId">Only practices of organisations of this region.</param>
/// <param name="MunicipalityId">Only practices of organisations of this municipality.</param>
/// <param name="OrganizationId">Only practices of this organisation.</param>
/// <param name="ProgrammeId">Only practices of this programme.</param>
/// <param name="Form">Only practices of programmes using this mentoring form.</param>
/// <param name="AcademicYear">Only practices of programmes that ran in this academic year.</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Items per page, 1–200.</param>
public sealed record GetPublicPracticesQuery(
    Guid? RegionId = null,
    Guid? MunicipalityId = null,
    Guid? OrganizationId = null,
    Guid? ProgrammeId = null,
    MentoringForm? Form = null,
    AcademicYear? AcademicYear = null,
    int Page = 1,
    int PageSize = PageRequest.DefaultPageSize) : IRequest<PagedList<PublicPracticeDto>>, IPagedRequest;

internal sealed class GetPublicPracticesHandler(IApplicationDbContext db) : IRequestHandler<GetPublicPracticesQuery, PagedList<PublicPracticeDto>>
{
    public Task<PagedList<PublicPracticeDto>> Handle(GetPublicPracticesQuery request, CancellationToken cancellationToken)
    {
        var programmes = db.PublishedProgrammes();
        if (request.RegionId is { } regionId)
        {
            programmes = programmes.Where(p => p.Organization!.Municipality!.RegionId == regionId);
        }

        if (request.MunicipalityId is { } municipalityId)
        {
            programmes = programmes.Where(p => p.Organization!.MunicipalityId == municipalityId);
        }

        if (request.OrganizationId is { } organizationId)
        {
            programmes = programmes.Where(p => p.OrganizationId == organizationId);
        }

        if (request.ProgrammeId is { } programmeId)
        {
            programmes = programmes.Where(p => p.Id == programmeId);
        }

        if (request.Form is { } form)
        {
            programmes = programmes.Where(p => p.Forms.Any(f => f.Form == form));
        }

        if (request.AcademicYear is { } year)
        {
            programmes = programmes.Where(PublicScope.RunsIn(year));
        }

        // A case has no navigation to its programme (they are separate aggregates), hence the join.
        var practices =
            from c in db.PublishedCases()
            join p in programmes on c.ProgrammeId equals p.Id
            orderby c.PublishedAt descending, c.Id
            select new PublicPracticeDto
            {
                Id = c.Id,
                Title = c.Title,
                Text = c.Text,
                PublishedAt = c.PublishedAt,
                ProgrammeId = p.Id,
                ProgrammeTitle = p.Title,
                StartYear = p.StartYear,
                EndYear = p.EndYear,
                OrganizationId = p.OrganizationId,
                OrganizationName = p.Organization!.Name,
                MunicipalityId = p.Organization.MunicipalityId,
                MunicipalityName = p.Organization.Municipality!.Name,
                RegionId = p.Organization.Municipality.RegionId,
                RegionName = p.Organization.Municipality.Region!.Name,
                LastModified = c.LastModified,
            };
        return practices.ToPagedListAsync(PageRequest.From(request), cancellationToken);
    }
}
