using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Integration.Commands.UpsertPeople;
using Mentorship.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Integration.Commands.UpsertEmployments;

public sealed record EmploymentRow(string? PersonExternalId, Guid? OrganizationId, DateOnly? HiredAt, DateOnly? LeftAt, decimal? ExperienceYearsAtHire, bool? IsYoungSpecialist);

[Authorize(Roles = Roles.IntegrationClient)]
public sealed record UpsertEmploymentsCommand(IReadOnlyList<EmploymentRow>? Items) : IRequest<BatchResultDto>;

internal sealed class UpsertEmploymentsHandler(IApplicationDbContext db, ICurrentUser user) : IRequestHandler<UpsertEmploymentsCommand, BatchResultDto>
{
    public async Task<BatchResultDto> Handle(UpsertEmploymentsCommand request, CancellationToken cancellationToken)
    {
        var clientId = Batch.ClientId(user);
        var rows = request.Items!;
        var errors = new List<FieldError>();
        var visibleOrganizations = await Batch.VisibleOrganizationsAsync(db, rows.Select(r => r.OrganizationId!.Value), cancellationToken);
        var externalIds = rows.Select(r => r.PersonExternalId!).Distinct().ToList();
        var people = (await db.People.Include(p => p.ExternalIds.Where(l => l.ClientId == clientId))
                .Where(p => p.ExternalIds.Any(l => l.ClientId == clientId && externalIds.Contains(l.ExternalId)))
                .ToListAsync(cancellationToken))
            .ToDictionary(p => p.ExternalIds.Single().ExternalId);
        var personIds = people.Values.Select(p => p.Id).ToList();
        var existing = await db.Employments.Where(e => personIds.Contains(e.PersonId)).ToListAsync(cancellationToken);

        var results = new List<BatchRowResultDto>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (!people.TryGetValue(row.PersonExternalId!, out var person))
            {
                errors.Add(Batch.RowError(i, "personExternalId", ErrorCodes.Integration.UnknownExternalId, row.PersonExternalId));
                continue;
            }

            if (!visibleOrganizations.Contains(row.OrganizationId!.Value))
            {
                errors.Add(Batch.UnknownOrganization(i, row.OrganizationId));
                continue;
            }

            try
            {
                var employment = existing.Find(e => e.PersonId == person.Id && e.OrganizationId == row.OrganizationId && e.HiredAt == row.HiredAt);
                var outcome = RowOutcome.Updated;
                if (employment is null)
                {
                    employment = person.RecordEmployment(row.OrganizationId.Value, row.HiredAt!.Value, row.ExperienceYearsAtHire!.Value, row.IsYoungSpecialist);
                    db.Employments.Add(employment);
                    existing.Add(employment);
                    outcome = RowOutcome.Created;
                }
                else
                {
                    person.CorrectEmployment(employment, row.HiredAt!.Value, row.ExperienceYearsAtHire!.Value, row.IsYoungSpecialist ?? employment.IsYoungSpecialist);
                }

                if (row.LeftAt is { } leftAt && employment.LeftAt != leftAt)
                {
                    person.EndEmployment(employment, leftAt);
                }

                results.Add(new BatchRowResultDto(i, row.PersonExternalId!, employment.Id, outcome));
            }
            catch (DomainException refusal)
            {
                // The person is named by the client's external id in a batch.
                errors.Add(Batch.RowError(i, refusal, refusal.Field switch { null => "hiredAt", "personId" => "personExternalId", var field => field }));
            }
        }

        return await Batch.CommitAsync(db, errors, results, cancellationToken);
    }
}
