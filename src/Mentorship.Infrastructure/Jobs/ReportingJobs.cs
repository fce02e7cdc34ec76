using Hangfire;
using MediatR;
using Mentorship.Application.Reporting.Commands.FlagOverdueReportingRequests;
using Microsoft.Extensions.Logging;

namespace Mentorship.Infrastructure.Jobs;

/// <summary>The background jobs of reporting requests (запрос в ОО), run as the system.</summary>
public sealed class ReportingJobs(IMediator mediator, ILogger<ReportingJobs> logger)
{
    /// <summary>The setting holding the daily job's schedule (a cron expression, UTC).</summary>
    public const string OverdueCronSetting = "Reporting:OverdueCron";

    /// <summary>Daily: requests past their deadline, their answers not submitted and a reminder per such organisation (delivered later).</summary>
    [AutomaticRetry(Attempts = 3)]
    public async Task FlagOverdueReportingRequestsAsync(CancellationToken cancellationToken)
    {
        var summary = await mediator.Send(new FlagOverdueReportingRequestsCommand(), cancellationToken);
        logger.LogInformation(
            "Reporting requests: {Requests} newly overdue, {Responses} answer(s) newly overdue, {Reminders} reminder(s) recorded",
            summary.RequestsMarked, summary.ResponsesMarked, summary.Reminders);
    }
}
