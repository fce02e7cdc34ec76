using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Domain.Monitoring;
using Mentorship.Infrastructure.Persistence;
using Mentorship.WebApi.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.WebApi.FunctionalTests.Persistence;

/// <summary>
/// New rows written in bulk (PostgreSQL's binary COPY, SQLite's prepared INSERT) read back exactly as rows the context
/// saved — enums as their text, SQLite's times as ticks and decimals as reals, numeric scales, nulls — and go or stay
/// with the transaction they were written in.
/// </summary>
public sealed class BulkInsertTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private static readonly DateTimeOffset ComputedAt = new(2024, 12, 31, 23, 59, 58, 123, TimeSpan.Zero);

    [Test]
    public async Task Rows_inserted_in_bulk_read_back_as_rows_the_context_saved()
    {
        var (region, municipality) = await Given.Territory();
        var school = await Given.Organization(municipality.Id, "МБОУ СОШ № 5");
        var byContext = Rows(region.Id, municipality.Id, school.Id, 2023);
        var inBulk = Rows(region.Id, municipality.Id, school.Id, 2024);

        await InTransactionAsync(async (db, _) =>
        {
            db.AddRange(byContext.Indicators);
            db.AddRange(byContext.Criteria);
            db.AddRange(byContext.CriterionIndicators);
            await db.SaveChangesAsync();
        });
        await InTransactionAsync(async (_, bulk) =>
        {
            await bulk.InsertAsync(inBulk.Indicators, CancellationToken.None);
            await bulk.InsertAsync(inBulk.Criteria, CancellationToken.None);
            await bulk.InsertAsync(inBulk.CriterionIndicators, CancellationToken.None);
        });

        var saved = await QueryAsync(db => ReadAsync(db, 2023));
        var bulkRead = await QueryAsync(db => ReadAsync(db, 2024));
        bulkRead.Should().HaveCount(saved.Count).And.Equal(saved, "the same figures, however they were written");
        (await QueryAsync(db => db.IndicatorSnapshots.IgnoreQueryFilters().Where(s => s.Year == 2024).Select(s => s.Id).ToListAsync()))
            .Should().BeEquivalentTo(inBulk.Indicators.Select(s => s.Id), "a row keeps the id it was made with");
    }

    [Test]
    public async Task A_bulk_insert_meeting_a_key_already_held_is_a_conflict_and_its_transaction_leaves_nothing()
    {
        var (region, municipality) = await Given.Territory();
        var school = await Given.Organization(municipality.Id);
        var held = Rows(region.Id, municipality.Id, school.Id, 2024).Indicators;
        await InTransactionAsync(async (db, _) =>
        {
            db.Add(held[0]);
            await db.SaveChangesAsync();
        });

        var again = Rows(region.Id, municipality.Id, school.Id, 2024).Indicators;
        var act = () => InTransactionAsync((_, bulk) => bulk.InsertAsync(again, CancellationToken.None));

        (await act.Should().ThrowAsync<ConflictException>()).Which.Code.Should().Be(Mentorship.Domain.Common.ErrorCodes.Persistence.RecordExists);
        (await QueryAsync(db => db.IndicatorSnapshots.IgnoreQueryFilters().Where(s => s.Year == 2024).Select(s => s.Id).ToListAsync()))
            .Should().Equal([held[0].Id], "the rows before and after the duplicate went with the rolled-back transaction");
    }

    [Test]
    public async Task A_bulk_insert_outside_a_transaction_is_refused_before_it_writes()
    {
        var (region, municipality) = await Given.Territory();
        var school = await Given.Organization(municipality.Id);
        await using var scope = Factory.Services.CreateAsyncScope();
        var bulk = scope.ServiceProvider.GetRequiredService<IBulkInserts>();

        var act = () => bulk.InsertAsync(Rows(region.Id, municipality.Id, school.Id, 2024).Indicators, CancellationToken.None);

        await act.Should().ThrowAsync<InvalidOperationException>().WithMessage("*transaction*");
        (await CountAsync<IndicatorSnapshot>()).Should().Be(0);
    }

    private async Task InTransactionAsync(Func<ApplicationDbContext, IBulkInserts, Task> write)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await write(db, scope.ServiceProvider.GetRequiredService<IBulkInserts>());
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        });
    }

    /// <summary>Every kind of value the snapshots hold: shares with long fractions, counts, targets, nulls, JSON text.</summary>
    private static (List<IndicatorSnapshot> Indicators, List<CriterionSnapshot> Criteria, List<CriterionIndicatorSnapshot> CriterionIndicators) Rows(Guid region, Guid municipality, Guid school, int year)
    {
        var share = new IndicatorSnapshot(MonitoringLevel.Organization, school, year, Indicator.PupilsMentored).In(region, municipality);
        share.SetShare(1, 3, 12.3456m, ComputedAt);
        share.SetNotPlaced(7);
        var noData = new IndicatorSnapshot(MonitoringLevel.Municipality, municipality, year, Indicator.YoungTeachersMentored).In(region, municipality);
        noData.SetShare(0, 0, null, ComputedAt);
        var count = new IndicatorSnapshot(MonitoringLevel.Region, region, year, Indicator.Mentees, "form:PupilPupil").In(region, null);
        count.SetCount(2_147_483_647, 5, ComputedAt);

        var criterion = new CriterionSnapshot(school, year, EfficiencyCriterion.YoungTeacherRetention);
        criterion.Set(200m / 3m, CriterionLevel.From60To79, """{"cohort":3,"note":"«кавычки» \"и\" ёлки"}""", ComputedAt);
        var noInputs = new CriterionSnapshot(school, year, EfficiencyCriterion.LearningDynamics);
        noInputs.Set(null, CriterionLevel.NoData, null, ComputedAt);
        var indicator = new CriterionIndicatorSnapshot(school, year, CriterionIndicator.DeficitConditions);
        indicator.Set(new IndicatorResult(CriterionIndicator.DeficitConditions, 0.5m, CriterionLevel.Available, IndicatorSource.Report,
            new Dictionary<string, int> { ["available"] = 2 }, new Dictionary<string, object?> { ["answers"] = 2, ["note"] = null }), ComputedAt);
        return ([share, noData, count], [criterion, noInputs], [indicator]);
    }

    private static async Task<List<string>> ReadAsync(ApplicationDbContext db, int year)
    {
        var indicators = await db.IndicatorSnapshots.IgnoreQueryFilters().AsNoTracking().Where(s => s.Year == year).ToListAsync();
        var criteria = await db.CriterionSnapshots.IgnoreQueryFilters().AsNoTracking().Where(s => s.Year == year).ToListAsync();
        var criterionIndicators = await db.CriterionIndicatorSnapshots.IgnoreQueryFilters().AsNoTracking().Where(s => s.Year == year).ToListAsync();
        return indicators.Select(s => $"{s.Level}/{s.UnitId}/{s.Indicator}/{s.Breakdown}/{s.RegionId}/{s.MunicipalityId}/{s.Numerator}/{s.Denominator}/{s.Value}/{s.Target}/{s.TargetCount}/{s.Met}/{s.NotPlaced}/{s.ComputedAt:O}")
            .Concat(criteria.Select(s => $"{s.OrganizationId}/{s.Criterion}/{s.Value}/{s.Level}/{s.Inputs}/{s.ComputedAt:O}"))
            .Concat(criterionIndicators.Select(s => $"{s.OrganizationId}/{s.Indicator}/{s.Value}/{s.Level}/{s.Source}/{s.Distribution}/{s.Inputs}/{s.ComputedAt:O}"))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
