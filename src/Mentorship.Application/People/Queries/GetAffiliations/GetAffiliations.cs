using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Application.People.Commands.AddAffiliation;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.People.Queries.GetAffiliations;

/// <summary>
/// The organisations a person belongs to besides their home organisation, as far as the caller sees them: a curator
/// sees the person's affiliations with their own organisation, not where else the child goes.
/// </summary>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Items per page, 1–200.</param>
[Authorize(Roles = PeopleRoles.Readers)]
public sealed record GetAffiliationsQuery(int Page = 1, int PageSize = PageRequest.DefaultPageSize) : IRequest<PagedList<AffiliationDto>>, IPagedRequest, Auditing.IPersonalDataRead
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid PersonId { get; init; }

    Guid? Auditing.IPersonalDataRead.AuditedPersonId => PersonId;
}

internal sealed class GetAffiliationsHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetAffiliationsQuery, PagedList<AffiliationDto>>
{
    public async Task<PagedList<AffiliationDto>> Handle(GetAffiliationsQuery request, CancellationToken cancellationToken)
    {
        await PersonReads.EnsureExistsAsync(db, request.PersonId, cancellationToken);
        return await db.PersonAffiliations.AsNoTracking().Where(a => a.PersonId == request.PersonId)
            .OrderByDescending(a => a.From).ThenBy(a => a.Id)
            .ProjectToPagedListAsync<AffiliationDto>(mapper.ConfigurationProvider, PageRequest.From(request), cancellationToken);
    }
}
