using Mentorship.Domain.Common;
using Mentorship.Domain.Monitoring;
using Mentorship.Domain.Programmes;
using Mentorship.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.WebApi.FunctionalTests.Infrastructure;

/// <summary>
/// Helpers for the open information resource. Programmes, cases and indicator snapshots are put in through the
/// DbContext: their own use cases (stages, monitoring) belong to other features.
/// </summary>
public abstract class PublicTestBase(DatabaseProvider provider) : TerritoryTestBase(provider)
{
    protected const string PublicApi = "/api/v1/public";

    private HttpClient? _anonymous;

    /// <summary>The public resource is read by anonymous browsers: a client without any token.</summary>
    protected HttpClient Anonymous => _anonymous ??= Factory.CreateClient();

    [TearDown]
    public void DisposeAnonymousClient()
    {
        _anonymous?.Dispose();
        _anonymous = null;
    }

    /// <summary>A person's name that is in the data (the curator) and must never reach a public response.</summary>
    protected const string CuratorName = "Иванова Мария Петровна";

    protected async Task<Guid> SeedProgrammeAsync(
        Guid organizationId,
        string title,
        bool published = true,
        string? description = null,
        MentoringForm[]? forms = null,
        MentoringFormat[]? formats = null,
        int startYear = 2024,
        int? endYear = null,
        (string Text, string? ExpectedResult)[]? tasks = null,
        (Guid OrganizationId, string? Role)[]? partners = null)
    {
        var programme = new Programme(organizationId, title, new AcademicYear(startYear), endYear is { } end ? new AcademicYear(end) : null);
        programme.Update(title, description, programme.StartYear, programme.EndYear);
        programme.AppointCurator(null, CuratorName, "заместитель директора по ВР");
        foreach (var form in forms ?? [MentoringForm.PupilPupil])
        {
            programme.AddForm(form);
        }

        foreach (var format in formats ?? [])
        {
            programme.AddFormat(format);
        }

        foreach (var (text, expected) in tasks ?? [])
        {
            programme.AddTask(text, expected);
        }

        foreach (var (partnerId, role) in partners ?? [])
        {
            programme.AddPartner(partnerId, role);
        }

        if (published)
        {
            programme.Publish(Factory.Clock.GetUtcNow());
        }

        await SaveAsync(db => db.Programmes.Add(programme));
        return programme.Id;
    }

    protected async Task<Guid> SeedCaseAsync(Guid programmeId, string title, bool published = true, string text = "Пара подготовила проект и выступила на конференции.")
    {
        var successCase = new SuccessCase(programmeId, null, title, text);
        if (published)
        {
            successCase.Publish(Factory.Clock.GetUtcNow());
        }

        await SaveAsync(db => db.SuccessCases.Add(successCase));
        return successCase.Id;
    }

    /// <summary>A share snapshot when a denominator is given, else a count.</summary>
    protected async Task SeedIndicatorAsync(MonitoringLevel level, Guid unitId, int year, Indicator indicator, int numerator, int? denominator = null, decimal? target = null, string breakdown = IndicatorSnapshot.Total)
    {
        var snapshot = new IndicatorSnapshot(level, unitId, year, indicator, breakdown);
        if (denominator is { } d)
        {
            snapshot.SetShare(numerator, d, target, Factory.Clock.GetUtcNow());
        }
        else
        {
            snapshot.SetCount(numerator, target is { } t ? (int)t : null, Factory.Clock.GetUtcNow());
        }

        await SaveAsync(db => db.IndicatorSnapshots.Add(snapshot));
    }

    private async Task SaveAsync(Action<ApplicationDbContext> change)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        change(db);
        await db.SaveChangesAsync();
    }
}
