using Mentorship.Domain.Common;
using Mentorship.Domain.Monitoring;
using Mentorship.Domain.Programmes;

namespace Mentorship.WebApi.FunctionalTests.Infrastructure;

/// <summary>
/// What the open information resource shows: published programmes, cases and indicator snapshots. Seeded as rows,
/// in the state the stages and the monitoring jobs (other features) leave them.
/// </summary>
public sealed partial class Given
{
    /// <summary>A person's name that is in the data (the curator) and must never reach a public response.</summary>
    public const string CuratorName = "Иванова Мария Петровна";

    public async Task<Guid> PublicProgramme(
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
        var programme = new Domain.Programmes.Programme(organizationId, title, new AcademicYear(startYear), endYear is { } end ? new AcademicYear(end) : null);
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
            programme.Publish(Now);
        }

        await Rows(db => db.Programmes.Add(programme));
        return programme.Id;
    }

    public async Task<Guid> SuccessCase(Guid programmeId, string title, bool published = true, string text = "Пара подготовила проект и выступила на конференции.")
    {
        var successCase = new Domain.Programmes.SuccessCase(programmeId, null, title, text);
        if (published)
        {
            successCase.Publish(Now);
        }

        await Rows(db => db.SuccessCases.Add(successCase));
        return successCase.Id;
    }

    /// <summary>A share snapshot when a denominator is given, else a count.</summary>
    public async Task IndicatorSnapshot(MonitoringLevel level, Guid unitId, int year, Indicator indicator, int numerator, int? denominator = null, decimal? target = null,
        string breakdown = Domain.Monitoring.IndicatorSnapshot.Total)
    {
        var snapshot = new Domain.Monitoring.IndicatorSnapshot(level, unitId, year, indicator, breakdown);
        if (denominator is { } d)
        {
            snapshot.SetShare(numerator, d, target, Now);
        }
        else
        {
            snapshot.SetCount(numerator, target is { } t ? (int)t : null, Now);
        }

        await Rows(db => db.IndicatorSnapshots.Add(snapshot));
    }
}
