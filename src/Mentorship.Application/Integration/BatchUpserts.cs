using FluentValidation;
using MediatR;
using Mentorship.Application.Common;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.People;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Integration;

/// <summary>
/// Bulk upserts from school information systems, keyed by the client's own external ids. A batch is
/// all-or-nothing: every row is checked first, any bad row refuses the whole batch with a per-row report
/// (<c>items[3].lastName</c>), and the good batch is written in one save.
/// </summary>
public static class IntegrationLimits
{
    public const int MaxBatchSize = 1000;
}

public enum RowOutcome
{
    Created = 1,
    Updated,
}

public sealed record BatchRowResultDto(int Index, string Key, Guid Id, RowOutcome Outcome);

public sealed record BatchResultDto(int Created, int Updated, IReadOnlyList<BatchRowResultDto> Items);

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

public sealed class UpsertPeopleValidator : AbstractValidator<UpsertPeopleCommand>
{
    public UpsertPeopleValidator(TimeProvider time)
    {
        RuleFor(c => c.Items).NotEmpty();
        RuleFor(c => c.Items!.Count).LessThanOrEqualTo(IntegrationLimits.MaxBatchSize).OverridePropertyName("items").When(c => c.Items is not null);
        RuleForEach(c => c.Items).ChildRules(row =>
        {
            row.RuleFor(r => r.ExternalId).NotEmpty().MaximumLength(PersonExternalId.ExternalIdMaxLength);
            row.Include(new PersonFieldsValidator(time));
        });
        RuleForEach(c => c.Items)
            .Must((command, row, context) => command.Items!.Count(r => r.ExternalId == row.ExternalId) == 1)
            .When(c => c.Items is not null)
            .WithMessage(_ => Texts.Pick("Внешний идентификатор повторяется в пакете.", "The external id occurs more than once in the batch."));
    }
}

internal sealed class UpsertPeopleHandler(IApplicationDbContext db, ICurrentUser user) : IRequestHandler<UpsertPeopleCommand, BatchResultDto>
{
    public async Task<BatchResultDto> Handle(UpsertPeopleCommand request, CancellationToken cancellationToken)
    {
        var clientId = Batch.ClientId(user);
        var rows = request.Items!;
        var errors = new Dictionary<string, string[]>();
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
                errors[$"items[{i}].organizationId"] = [Texts.NotFound(nameof(Organization), row.OrganizationId)];
                continue;
            }

            Person? person = null;
            if (links.TryGetValue(row.ExternalId!, out var personId) && !people.TryGetValue(personId, out person))
            {
                errors[$"items[{i}].externalId"] = [Texts.Pick("Человек с этим идентификатором вне ваших организаций.", "The person with this id is outside your organisations.")];
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
                errors[$"items[{i}].{refusal.Field ?? "externalId"}"] = [refusal.Message];
            }
        }

        return await Batch.CommitAsync(db, errors, results, cancellationToken);
    }
}

public sealed record EmploymentRow(string? PersonExternalId, Guid? OrganizationId, DateOnly? HiredAt, DateOnly? LeftAt, decimal? ExperienceYearsAtHire, bool? IsYoungSpecialist);

[Authorize(Roles = Roles.IntegrationClient)]
public sealed record UpsertEmploymentsCommand(IReadOnlyList<EmploymentRow>? Items) : IRequest<BatchResultDto>;

public sealed class UpsertEmploymentsValidator : AbstractValidator<UpsertEmploymentsCommand>
{
    public UpsertEmploymentsValidator()
    {
        RuleFor(c => c.Items).NotEmpty();
        RuleFor(c => c.Items!.Count).LessThanOrEqualTo(IntegrationLimits.MaxBatchSize).OverridePropertyName("items").When(c => c.Items is not null);
        RuleForEach(c => c.Items).ChildRules(row =>
        {
            row.RuleFor(r => r.PersonExternalId).NotEmpty().MaximumLength(PersonExternalId.ExternalIdMaxLength);
            row.RuleFor(r => r.OrganizationId).NotEmpty();
            row.RuleFor(r => r.HiredAt).NotNull();
            row.RuleFor(r => r.LeftAt).GreaterThanOrEqualTo(r => r.HiredAt).When(r => r.LeftAt is not null && r.HiredAt is not null);
            row.RuleFor(r => r.ExperienceYearsAtHire).NotNull().InclusiveBetween(0m, 70m);
        });
    }
}

internal sealed class UpsertEmploymentsHandler(IApplicationDbContext db, ICurrentUser user) : IRequestHandler<UpsertEmploymentsCommand, BatchResultDto>
{
    public async Task<BatchResultDto> Handle(UpsertEmploymentsCommand request, CancellationToken cancellationToken)
    {
        var clientId = Batch.ClientId(user);
        var rows = request.Items!;
        var errors = new Dictionary<string, string[]>();
        var visibleOrganizations = await Batch.VisibleOrganizationsAsync(db, rows.Select(r => r.OrganizationId!.Value), cancellationToken);
        var externalIds = rows.Select(r => r.PersonExternalId!).Distinct().ToList();
        var people = await db.People.Where(p => p.ExternalIds.Any(l => l.ClientId == clientId && externalIds.Contains(l.ExternalId)))
            .Select(p => new { p.Id, p.Category, ExternalId = p.ExternalIds.Where(l => l.ClientId == clientId).Select(l => l.ExternalId).First() })
            .ToDictionaryAsync(p => p.ExternalId, cancellationToken);
        var personIds = people.Values.Select(p => p.Id).ToList();
        var existing = await db.Employments.Where(e => personIds.Contains(e.PersonId)).ToListAsync(cancellationToken);

        var results = new List<BatchRowResultDto>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (!people.TryGetValue(row.PersonExternalId!, out var person))
            {
                errors[$"items[{i}].personExternalId"] = [Texts.Pick("Человек с этим внешним идентификатором не найден.", "No person has this external id.")];
                continue;
            }

            if (person.Category != PersonCategory.Teacher)
            {
                errors[$"items[{i}].personExternalId"] = [Texts.Pick("Сведения о трудоустройстве ведутся для педагогов.", "Employment is kept for teachers.")];
                continue;
            }

            if (!visibleOrganizations.Contains(row.OrganizationId!.Value))
            {
                errors[$"items[{i}].organizationId"] = [Texts.NotFound(nameof(Organization), row.OrganizationId)];
                continue;
            }

            try
            {
                var employment = existing.Find(e => e.PersonId == person.Id && e.OrganizationId == row.OrganizationId && e.HiredAt == row.HiredAt);
                var outcome = RowOutcome.Updated;
                if (employment is null)
                {
                    employment = new Employment(person.Id, row.OrganizationId.Value, row.HiredAt!.Value, row.ExperienceYearsAtHire!.Value, row.IsYoungSpecialist);
                    db.Employments.Add(employment);
                    existing.Add(employment);
                    outcome = RowOutcome.Created;
                }
                else
                {
                    employment.Correct(row.HiredAt!.Value, row.ExperienceYearsAtHire!.Value, row.IsYoungSpecialist ?? employment.IsYoungSpecialist);
                }

                if (row.LeftAt is { } leftAt && employment.LeftAt != leftAt)
                {
                    employment.End(leftAt);
                }

                results.Add(new BatchRowResultDto(i, row.PersonExternalId!, employment.Id, outcome));
            }
            catch (DomainException refusal)
            {
                errors[$"items[{i}].{refusal.Field ?? "hiredAt"}"] = [refusal.Message];
            }
        }

        return await Batch.CommitAsync(db, errors, results, cancellationToken);
    }
}

public sealed record HeadCountRow(
    Guid? OrganizationId,
    AcademicYear? AcademicYear,
    int? PupilsTotal,
    int? PupilsInAgeBand,
    int? AdditionalEducationPupils,
    int? TeachersTotal,
    int? TeachersUnder35,
    int? YoungSpecialists);

/// <summary>Head-counts are reports, never overwritten: each row adds the latest report of its organisation and year.</summary>
[Authorize(Roles = Roles.IntegrationClient)]
public sealed record ReportHeadCountsCommand(IReadOnlyList<HeadCountRow>? Items) : IRequest<BatchResultDto>;

public sealed class ReportHeadCountsValidator : AbstractValidator<ReportHeadCountsCommand>
{
    public ReportHeadCountsValidator()
    {
        RuleFor(c => c.Items).NotEmpty();
        RuleFor(c => c.Items!.Count).LessThanOrEqualTo(IntegrationLimits.MaxBatchSize).OverridePropertyName("items").When(c => c.Items is not null);
        RuleForEach(c => c.Items).ChildRules(row =>
        {
            row.RuleFor(r => r.OrganizationId).NotEmpty();
            row.RuleFor(r => r.AcademicYear).NotNull();
            row.RuleFor(r => r.PupilsTotal).NotNull().GreaterThanOrEqualTo(0);
            row.RuleFor(r => r.PupilsInAgeBand).NotNull().GreaterThanOrEqualTo(0).LessThanOrEqualTo(r => r.PupilsTotal).When(r => r.PupilsTotal is not null);
            row.RuleFor(r => r.AdditionalEducationPupils).GreaterThanOrEqualTo(0);
            row.RuleFor(r => r.TeachersTotal).NotNull().GreaterThanOrEqualTo(0);
            row.RuleFor(r => r.TeachersUnder35).NotNull().GreaterThanOrEqualTo(0).LessThanOrEqualTo(r => r.TeachersTotal).When(r => r.TeachersTotal is not null);
            row.RuleFor(r => r.YoungSpecialists).NotNull().GreaterThanOrEqualTo(0).LessThanOrEqualTo(r => r.TeachersTotal).When(r => r.TeachersTotal is not null);
        });
    }
}

internal sealed class ReportHeadCountsHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider time) : IRequestHandler<ReportHeadCountsCommand, BatchResultDto>
{
    public async Task<BatchResultDto> Handle(ReportHeadCountsCommand request, CancellationToken cancellationToken)
    {
        var rows = request.Items!;
        var errors = new Dictionary<string, string[]>();
        var visibleOrganizations = await Batch.VisibleOrganizationsAsync(db, rows.Select(r => r.OrganizationId!.Value), cancellationToken);
        var results = new List<BatchRowResultDto>();
        var now = time.GetUtcNow();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (!visibleOrganizations.Contains(row.OrganizationId!.Value))
            {
                errors[$"items[{i}].organizationId"] = [Texts.NotFound(nameof(Organization), row.OrganizationId)];
                continue;
            }

            var figures = new HeadCountFigures(row.PupilsTotal!.Value, row.PupilsInAgeBand!.Value, row.AdditionalEducationPupils ?? 0,
                row.TeachersTotal!.Value, row.TeachersUnder35!.Value, row.YoungSpecialists!.Value);

            // Reports of one batch are ordered by their row, so that a later row for the same year wins.
            var headCount = new HeadCount(row.OrganizationId.Value, row.AcademicYear!.Value, figures, HeadCountSource.Integration, now.AddTicks(i), user.Id);
            db.HeadCounts.Add(headCount);
            results.Add(new BatchRowResultDto(i, $"{row.OrganizationId}/{row.AcademicYear}", headCount.Id, RowOutcome.Created));
        }

        return await Batch.CommitAsync(db, errors, results, cancellationToken);
    }
}

internal static class Batch
{
    public static string ClientId(ICurrentUser user) =>
        user.ClientId ?? throw new Common.Exceptions.ForbiddenAccessException(Texts.Pick("Запрос должен исходить от интеграционного клиента.", "The caller must be an integration client."));

    /// <summary>Which of the named organisations the caller may write to (the scope filter decides), archived ones excluded.</summary>
    public static async Task<HashSet<Guid>> VisibleOrganizationsAsync(IApplicationDbContext db, IEnumerable<Guid> organizationIds, CancellationToken cancellationToken)
    {
        var wanted = organizationIds.Distinct().ToList();
        return (await db.Organizations.Where(o => wanted.Contains(o.Id) && !o.IsArchived).Select(o => o.Id).ToListAsync(cancellationToken)).ToHashSet();
    }

    /// <summary>Refuses the whole batch if any row failed (nothing is saved), else saves it in one go.</summary>
    public static async Task<BatchResultDto> CommitAsync(IApplicationDbContext db, Dictionary<string, string[]> errors, List<BatchRowResultDto> results, CancellationToken cancellationToken)
    {
        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new BatchResultDto(results.Count(r => r.Outcome == RowOutcome.Created), results.Count(r => r.Outcome == RowOutcome.Updated), results);
    }
}
