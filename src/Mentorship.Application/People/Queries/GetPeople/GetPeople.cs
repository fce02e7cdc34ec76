using AutoMapper;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Application.People.Queries.GetPerson;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.People.Queries.GetPeople;

/// <param name="OrganizationId">Only the people of this organisation: at home there or affiliated with it.</param>
/// <param name="Category">Only people of this category.</param>
/// <param name="Search">Words of the full name (case-insensitive).</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Items per page, 1–200.</param>
[Authorize(Roles = PeopleRoles.Readers)]
public sealed record GetPeopleQuery(
    Guid? OrganizationId = null,
    PersonCategory? Category = null,
    string? Search = null,
    int Page = 1,
    int PageSize = PageRequest.DefaultPageSize) : IRequest<PagedList<PersonDto>>, IPagedRequest, Auditing.IPersonalDataRead
{
    Guid? Auditing.IPersonalDataRead.AuditedPersonId => null;
}

internal sealed class GetPeopleHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetPeopleQuery, PagedList<PersonDto>>
{
    public Task<PagedList<PersonDto>> Handle(GetPeopleQuery request, CancellationToken cancellationToken)
    {
        var query = db.People.AsNoTracking();
        if (request.OrganizationId is { } organizationId)
        {
            query = query.Where(p => p.OrganizationId == organizationId || p.Affiliations.Any(a => a.OrganizationId == organizationId));
        }

        if (request.Category is { } category)
        {
            query = query.Where(p => p.Category == category);
        }

        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            foreach (var word in SearchText.Normalize(request.Search).Split(' '))
            {
                query = query.Where(p => p.SearchName.Contains(word));
            }
        }

        return query.OrderBy(p => p.LastName).ThenBy(p => p.FirstName).ThenBy(p => p.Id)
            .ProjectToPagedListAsync<PersonDto>(mapper.ConfigurationProvider, PageRequest.From(request), cancellationToken);
    }
}
