using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.People.Queries.FindPersonBySnils;

/// <summary>
/// Finds the person of a СНИЛС among the people of the caller's municipalities (of the organisations the caller
/// sees), so that a second organisation affiliates them instead of registering them twice. Sent in a body, so that
/// the number stays out of URLs and logs.
/// </summary>
/// <param name="Snils">The СНИЛС, 11 digits with or without separators.</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record FindPersonBySnilsQuery(string? Snils) : IRequest<PersonMatchDto>, Auditing.IPersonalDataRead
{
    Guid? Auditing.IPersonalDataRead.AuditedPersonId => null;
}

internal sealed class FindPersonBySnilsHandler(IApplicationDbContext db) : IRequestHandler<FindPersonBySnilsQuery, PersonMatchDto>
{
    public async Task<PersonMatchDto> Handle(FindPersonBySnilsQuery request, CancellationToken cancellationToken)
    {
        var snils = Snils.Create(request.Snils).Value;

        // Two reads: ignoring the query filters for the person would ignore them in every part of the same query.
        var municipalities = await db.Organizations.Select(o => o.MunicipalityId).Distinct().ToListAsync(cancellationToken);
        var organizations = db.Organizations.IgnoreQueryFilters();
        var match = await db.People.IgnoreQueryFilters().AsNoTracking()
                        .Where(p => p.Snils == snils && !p.IsAnonymised)
                        .Where(p => organizations.Any(o => o.Id == p.OrganizationId && municipalities.Contains(o.MunicipalityId)))
                        .Select(p => new PersonMatchDto
                        {
                            Id = p.Id,
                            LastName = p.LastName,
                            FirstName = p.FirstName,
                            MiddleName = p.MiddleName,
                            BirthDate = p.BirthDate,
                            Category = p.Category,
                        })
                        .SingleOrDefaultAsync(cancellationToken)
                    ?? throw new NotFoundException(nameof(Person), nameof(FindPersonBySnilsQuery.Snils));
        return match with { InScope = await db.People.AnyAsync(p => p.Id == match.Id, cancellationToken) };
    }
}
