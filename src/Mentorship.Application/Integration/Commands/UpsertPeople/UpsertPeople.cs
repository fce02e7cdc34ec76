using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.People.Commands.CreatePerson;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Integration.Commands.UpsertPeople;

/// <summary>
/// What a batch row did: Created — a new record; Updated — an existing record found by the external id was changed.
/// </summary>
public enum RowOutcome
{
    Created = 1,
    Updated,
}

public sealed record PersonRow(
    string? ExternalId,
    Guid? OrganizationId,
    string? LastName,
    string? FirstName,
    string? MiddleName,
    DateOnly? BirthDate,
    PersonCategory? Category,
    int? Grade,
    bool? HasSpecialNeeds,
    string? Email,
    string? Phone) : IPersonFields;

[Authorize(Roles = Roles.IntegrationClient)]
public sealed record UpsertPeopleCommand(IReadOnlyList<PersonRow>? Items) : IRequest<BatchResultDto>;

internal sealed class UpsertPeopleHandler(IApplicationDbContext db, ICurrentUser user) : IRequestHandler<UpsertPeopleCommand, BatchResultDto>
{
    public async Task<BatchResultDto> Handle(UpsertPeopleCommand request, CancellationToken cancellationToken)
    {
        var clientId = Batch.ClientId(user);
        var rows = request.Items!;
        var errors = new List<FieldError>();
        var visibleOrganizations = await Batch.VisibleOrganizationsAsync(db, rows.Select(r => r.OrganizationId!.Value), cancellationToken);

        var externalIds = rows.Select(r => r.ExternalId!).ToList();
        var links = await db.PersonExternalIds.IgnoreQueryFilters().AsNoTracking()
            .Where(l => l.ClientId == clientId && externalIds.Contains(l.ExternalId))
            .ToDictionaryAsync(l => l.ExternalId, l => l.PersonId, cancellationToken);
        var linkedIds = links.Values.ToList();
        var people = await db.People.Include(p => p.ExternalIds).Where(p => linkedIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);

        var results = new List<BatchRowResultDto>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (!visibleOrganizations.Contains(row.OrganizationId!.Value))
            {
                errors.Add(Batch.UnknownOrganization(i, row.OrganizationId));
                continue;
            }

            Person? person = null;
            if (links.TryGetValue(row.ExternalId!, out var personId) && !people.TryGetValue(personId, out person))
            {
                errors.Add(Batch.RowError(i, "externalId", ErrorCodes.Integration.PersonOutOfScope, row.ExternalId));
                continue;
            }

            try
            {
                var name = new PersonName(row.LastName!, row.FirstName!, row.MiddleName);
                if (person is null)
                {
                    person = new Person(row.OrganizationId.Value, name, row.Category!.Value, row.Grade, row.BirthDate);
                    db.People.Add(person);
                    results.Add(new BatchRowResultDto(i, row.ExternalId!, person.Id, RowOutcome.Created));
                }
                else
                {
                    person.Update(row.OrganizationId.Value, name, row.Category!.Value, row.Grade, row.BirthDate, row.HasSpecialNeeds ?? person.HasSpecialNeeds);
                    results.Add(new BatchRowResultDto(i, row.ExternalId!, person.Id, RowOutcome.Updated));
                }

                person.SetSpecialNeeds(row.HasSpecialNeeds ?? person.HasSpecialNeeds);
                person.SetContacts(row.Email, row.Phone);
                person.SetExternalId(clientId, row.ExternalId!);
            }
            catch (DomainException refusal)
            {
                errors.Add(Batch.RowError(i, refusal, refusal.Field ?? "externalId"));
            }
        }

        return await Batch.CommitAsync(db, errors, results, cancellationToken);
    }
}
