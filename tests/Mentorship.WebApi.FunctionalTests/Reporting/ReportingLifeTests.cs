using System.Net;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Reporting.Queries.GetReportingRequest;
using Mentorship.Application.Reporting.Queries.GetReportingResponse;
using Mentorship.Domain.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Mentorship.Infrastructure.Jobs;

namespace Mentorship.WebApi.FunctionalTests.Reporting;

/// <summary>A reporting request's whole life: sent, drafted, submitted, returned, resubmitted, overdue, reminded.</summary>
public sealed class ReportingLifeTests(DatabaseProvider provider) : ReportingScenario(provider)
{
    [Test]
    public async Task A_request_is_drafted_submitted_returned_with_a_comment_resubmitted_and_its_laggards_are_overdue_and_reminded_once_a_day()
    {
        var sent = await SendAsync("HeadCounts", "Retention");
        sent.Sections.Should().Equal(ReportingSection.HeadCounts, ReportingSection.Retention);
        sent.Should().BeEquivalentTo(new { Organizations = 3, Submitted = 0, NotSubmitted = 3, IsOverdue = false, MunicipalityId = (Guid?)Municipality }, o => o.ExcludingMissingMembers());

        AsCurator(SchoolA);
        (await AnswerAsync(sent.Id, SchoolA)).Status.Should().Be(ReportingResponseStatus.NotStarted);
        var draft = await OkAsync<ReportingResponseDto>(await SaveDraftAsync(sent.Id, SchoolA, new { headCounts = HeadCounts() }));
        draft.Status.Should().Be(ReportingResponseStatus.Draft);
        draft.HeadCounts!.PupilsInAgeBand.Should().Be(50);
        draft.Retention.Should().BeNull();

        var incomplete = await ProblemAsync(await SubmitAsync(sent.Id, SchoolA), HttpStatusCode.BadRequest);
        incomplete.ErrorCodes.Should().ContainKey("retention").WhoseValue.Should().Contain("reporting.section_missing");

        await OkAsync<ReportingResponseDto>(await SaveDraftAsync(sent.Id, SchoolA, new { retention = Retention() }));
        var submitted = await OkAsync<ReportingResponseDto>(await SubmitAsync(sent.Id, SchoolA));
        submitted.Should().BeEquivalentTo(new { Status = ReportingResponseStatus.Submitted, Submissions = 1 }, o => o.ExcludingMissingMembers());
        submitted.HeadCounts!.PupilsInAgeBand.Should().Be(50, "the draft's first section stays when the second is saved");

        var locked = await ProblemAsync(await SaveDraftAsync(sent.Id, SchoolA, new { retention = Retention(retained: 3) }), HttpStatusCode.Conflict);
        locked.Code.Should().Be("reporting.not_editable");

        AsCurator(SchoolB);
        await OkAsync<ReportingResponseDto>(await SaveDraftAsync(sent.Id, SchoolB, new { headCounts = HeadCounts() }));

        AsMunicipalCoordinator(Municipality);
        var returned = await OkAsync<ReportingResponseDto>(await PostAsync($"{Answer(sent.Id, SchoolA)}/return", new { comment = "Проверьте число сохранённых молодых специалистов" }));
        returned.Should().BeEquivalentTo(new { Status = ReportingResponseStatus.Returned, ReturnComment = "Проверьте число сохранённых молодых специалистов" }, o => o.ExcludingMissingMembers());

        AsCurator(SchoolA);
        await OkAsync<ReportingResponseDto>(await SaveDraftAsync(sent.Id, SchoolA, new { retention = Retention(retained: 3) }));
        var resubmitted = await OkAsync<ReportingResponseDto>(await SubmitAsync(sent.Id, SchoolA));
        resubmitted.Should().BeEquivalentTo(new { Status = ReportingResponseStatus.Submitted, Submissions = 2 }, o => o.ExcludingMissingMembers());
        resubmitted.Retention!.YoungSpecialistsRetained.Should().Be(3);

        // The deadline day (15 October) is not over yet: nothing is overdue.
        Factory.Clock.Advance(TimeSpan.FromDays(14));
        await RunReportingJobAsync();
        (await CountAsync<ReportingReminder>()).Should().Be(0);

        Factory.Clock.Advance(TimeSpan.FromDays(1));
        await RunReportingJobAsync();
        await RunReportingJobAsync();

        AsMunicipalCoordinator(Municipality);
        var request = await OkAsync<ReportingRequestDto>(await Client.GetAsync($"{Api}/reporting-requests/{sent.Id}"));
        request.Should().BeEquivalentTo(new { IsOverdue = true, Submitted = 1, NotSubmitted = 2 }, o => o.ExcludingMissingMembers());
        var laggards = await OkAsync<PagedList<ReportingResponseDto>>(await Client.GetAsync($"{Api}/reporting-requests/{sent.Id}/answers?notSubmitted=true"));
        laggards.Items.Select(a => (a.OrganizationId, a.Status, a.IsOverdue)).Should().BeEquivalentTo(
            [(SchoolB, ReportingResponseStatus.Draft, true), (Centre, ReportingResponseStatus.NotStarted, true)]);
        var drafts = await OkAsync<PagedList<ReportingResponseDto>>(await Client.GetAsync($"{Api}/reporting-requests/{sent.Id}/answers?status=Draft"));
        drafts.Items.Should().ContainSingle().Which.OrganizationId.Should().Be(SchoolB);
        (await AnswerAsync(sent.Id, SchoolA)).IsOverdue.Should().BeFalse("it was submitted before the deadline");

        var reminders = await QueryAsync(db => db.ReportingReminders.AsNoTracking().Select(r => new { r.OrganizationId, r.Day }).ToListAsync());
        reminders.Should().BeEquivalentTo([new { OrganizationId = SchoolB, Day = new DateOnly(2024, 10, 16) }, new { OrganizationId = Centre, Day = new DateOnly(2024, 10, 16) }],
            "one reminder per overdue organisation and day, however often the job runs");

        Factory.Clock.Advance(TimeSpan.FromDays(1));
        await RunReportingJobAsync();
        (await CountAsync<ReportingReminder>()).Should().Be(4, "the next day reminds again");

        var schoolAudit = (await AuditOfAsync(submitted.Id)).Select(e => e.Details).ToList();
        schoolAudit.Should().Equal("reporting.draft_saved", "reporting.draft_saved", "reporting.submitted",
            "reporting.returned: Проверьте число сохранённых молодых специалистов", "reporting.draft_saved", "reporting.resubmitted");
        var laggardAudit = (await AuditOfAsync(laggards.Items.Single(a => a.OrganizationId == SchoolB).Id)).Select(e => e.Details).ToList();
        laggardAudit.Should().Equal("reporting.draft_saved", "reporting.overdue");
        (await AuditOfAsync(sent.Id)).Select(e => e.Details).Should().Equal("reporting.sent: 3 organisation(s)", "reporting.overdue");
        (await QueryAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == nameof(ReportingReminder)))).Should().Be(4);
    }

    [Test]
    public async Task An_accepted_answer_is_closed_and_only_a_submitted_one_can_be_returned()
    {
        var sent = await SendAsync("Retention");
        AsCurator(SchoolA);
        await OkAsync<ReportingResponseDto>(await SaveDraftAsync(sent.Id, SchoolA, new { retention = Retention() }));

        AsMunicipalCoordinator(Municipality);
        (await ProblemAsync(await PostAsync($"{Answer(sent.Id, SchoolA)}/return", new { comment = "Рано" }), HttpStatusCode.Conflict)).Code.Should().Be("reporting.not_submitted");
        (await ProblemAsync(await PostAsync($"{Answer(sent.Id, SchoolA)}/return", new { comment = " " }), HttpStatusCode.BadRequest)).ErrorCodes.Should().ContainKey("comment");

        AsCurator(SchoolA);
        await OkAsync<ReportingResponseDto>(await SubmitAsync(sent.Id, SchoolA));
        (await ProblemAsync(await SubmitAsync(sent.Id, SchoolA), HttpStatusCode.Conflict)).Code.Should().Be("reporting.not_editable");

        AsMunicipalCoordinator(Municipality);
        var accepted = await OkAsync<ReportingResponseDto>(await Client.PostAsync($"{Answer(sent.Id, SchoolA)}/accept", null));
        accepted.Status.Should().Be(ReportingResponseStatus.Accepted);
        (await ProblemAsync(await PostAsync($"{Answer(sent.Id, SchoolA)}/return", new { comment = "Поздно" }), HttpStatusCode.Conflict)).Code.Should().Be("reporting.not_submitted");
    }

    private async Task RunReportingJobAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ReportingJobs>().FlagOverdueReportingRequestsAsync(CancellationToken.None);
    }
}
