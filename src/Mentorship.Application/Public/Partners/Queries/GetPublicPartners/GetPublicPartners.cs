using AutoMapper;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Public.Organizations;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Public.Partners.Queries.GetPublicPartners;

/// <param name="Search">Words of the partner's name or short name (case-insensitive, ё = е).</param>
/// <param name="RegionId">Only partners of this region.</param>
/// <param name="MunicipalityId">Only partners of this municipality.</param>
/// <param name="Kind">Only partners of this kind, e.g. Employer, Ngo, HigherEducation.</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Items per page, 1–200.</param>
public sealed record GetPublicPartnersQuery(
    string? Search = null,
    Guid? RegionId = null,
    Guid? MunicipalityId = null,
    OrganizationKind? Kind = null,
    int Page = 1,
    int PageSize = PageRequest.DefaultPageSize) : IRequest<PagedList<PublicPartnerDto>>, IPagedRequest;

internal sealed class GetPublicPartnersHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetPublicPartnersQuery, PagedList<PublicPartnerDto>>
{
    public async Task<PagedList<PublicPartnerDto>> Handle(GetPublicPartnersQuery request, CancellationToken cancellationToken)
    {
        var published = db.PublishedProgrammes();
        var partnerships = db.ProgrammePartners.AsNoTracking().Where(pp => published.Any(p => p.Id == pp.ProgrammeId));

        var page = await db.PublicOrganizations()
            .Where(o => partnerships.Any(pp => pp.OrganizationId == o.Id))
            .Filter(request.RegionId, request.MunicipalityId, request.Kind, request.Search)
            .OrderBy(o => o.Name).ThenBy(o => o.Id)
            .ProjectToPagedListAsync<PublicPartnerDto>(mapper.ConfigurationProvider, PageRequest.From(request), cancellationToken);

        var ids = page.Items.Select(o => o.Id).ToList();
        var programmes = await (
                from pp in partnerships
                join p in published on pp.ProgrammeId equals p.Id
                where ids.Contains(pp.OrganizationId)
                orderby p.Title, p.Id
                select new
                {
                    PartnerId = pp.OrganizationId,
                    Programme = new PublicPartnerProgrammeDto
                    {
                        ProgrammeId = p.Id,
                        Title = p.Title,
                        OrganizationId = p.OrganizationId,
                        OrganizationName = p.Organization!.Name,
                        StartYear = p.StartYear,
                        EndYear = p.EndYear,
                        Role = pp.Role,
                    },
                })
            .ToListAsync(cancellationToken);

        var byPartner = programmes.ToLookup(x => x.PartnerId, x => x.Programme);
        return page with { Items = page.Items.Select(o => o with { Programmes = byPartner[o.Id].ToList() }).ToList() };
    }
}
