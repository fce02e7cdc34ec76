using System.Collections.Concurrent;
using System.Net;
using System.Threading.Channels;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Jobs.Queries.GetJob;
using Mentorship.Application.Matching;
using Mentorship.Domain.Monitoring;
using Mentorship.Domain.Programmes;
using Mentorship.Infrastructure.Jobs;
using Mentorship.WebApi.FunctionalTests.Infrastructure.Contract;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.WebApi.FunctionalTests.Programmes.Stage5OrganisationOfWork;

/// <summary>
/// A matching run seen while it runs, and requests racing for a programme's run. The application here holds the runs it
/// would enqueue (no Hangfire server of its own either, so no other worker takes them), and its solver waits at a gate,
/// so that the test decides when the job runs and how far: the job's own method is called as Hangfire would call it.
/// </summary>
public sealed class MatchingRunProgressTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private readonly GatedSolver _gate = new();
    private readonly ConcurrentQueue<Guid> _held = new();
    private WebApplicationFactory<Program> _host = null!;
    private Guid _school;

    [OneTimeSetUp]
    public void StartHost() => _host = Factory.WithWebHostBuilder(builder =>
    {
        builder.UseSetting("Hangfire:Server:Enabled", "false");
        builder.ConfigureTestServices(services =>
        {
            var solver = services.Last(d => d.ServiceType == typeof(IMatchingSolver));
            services.AddSingleton<IMatchingSolver>(sp => _gate.Around((IMatchingSolver)(solver.ImplementationInstance
                ?? solver.ImplementationFactory?.Invoke(sp) ?? ActivatorUtilities.CreateInstance(sp, solver.ImplementationType!))));
            services.AddScoped<HangfireJobScheduler>();
            services.AddScoped<IJobScheduler>(sp => new HoldingScheduler(sp.GetRequiredService<HangfireJobScheduler>(), _held));
        });
    });

    [OneTimeTearDown]
    public async Task StopHost() => await _host.DisposeAsync();

    [SetUp]
    public async Task CreateSchool()
    {
        _held.Clear();
        _gate.Reset();
        _school = await Given.School("МБОУ Лицей № 2");
    }

    [Test]
    public async Task The_job_shows_its_phase_percentage_and_counts_while_it_runs()
    {
        AsCurator(_school);
        var waiting = await Given.ProgrammeWaitingForMatching(_school);
        using var client = HostClient();
        var (started, location) = await client.StartMatchingRunAsync(waiting.ProgrammeId);
        _held.Should().Equal(started.Id);
        started.Progress.Should().BeEquivalentTo(new { Phase = MatchingRunPhase.Queued, Percent = 0 });

        var running = RunHeldJobAsync(started.Id);
        await _gate.EnteredAsync();
        (await JobAsync(client, location)).Should().BeEquivalentTo(
            new { Status = JobRunStatus.Running, Progress = new JobProgressDto(MatchingRunPhase.Solving, 10, 1, 3, 2, 0, 0, 0) }, o => o.ExcludingMissingMembers());

        // A request while the run runs answers the same job.
        (await client.StartMatchingRunAsync(waiting.ProgrammeId)).Job.Id.Should().Be(started.Id);

        _gate.Proceed();
        await _gate.EnteredAsync();
        (await JobAsync(client, location)).Progress.Should().BeEquivalentTo(new JobProgressDto(MatchingRunPhase.Solving, 50, 1, 3, 2, 1, 0, 0));

        _gate.Open();
        await running;
        (await JobAsync(client, location)).Should().BeEquivalentTo(
            new { Status = JobRunStatus.Succeeded, Progress = new JobProgressDto(MatchingRunPhase.Done, 100, 1, 3, 2, 2, 2, 1) }, o => o.ExcludingMissingMembers());
        _held.Should().ContainSingle("the second request started nothing");
    }

    [Test]
    public async Task Parallel_requests_for_a_programme_start_one_run_and_all_answer_its_job()
    {
        AsCurator(_school);
        var waiting = await Given.ProgrammeWaitingForMatching(_school);
        using var client = HostClient();

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.StartMatchingRunAsync(waiting.ProgrammeId)));

        answers.Select(a => a.Job.Id).Distinct().Should().ContainSingle();
        _held.Should().Equal(answers[0].Job.Id);
        (await QueryAsync(db => Task.FromResult(db.MatchingRuns.Count(r => r.ProgrammeId == waiting.ProgrammeId)))).Should().Be(1);
        answers.Select(a => a.Location).Distinct().Should().ContainSingle();
    }

    private HttpClient HostClient()
    {
        var client = _host.CreateContractClient();
        client.DefaultRequestHeaders.Authorization = Client.DefaultRequestHeaders.Authorization;
        return client;
    }

    private static async Task<JobDto> JobAsync(HttpClient client, string location) => await OkAsync<JobDto>(await client.GetAsync(location));

    /// <summary>The held job, run on its own as Hangfire runs it (as the system, in a scope of its own).</summary>
    private Task RunHeldJobAsync(Guid runId) => Task.Run(async () =>
    {
        await using var scope = _host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<MatchingJobs>().ComputeAsync(runId, CancellationToken.None);
    });

    /// <summary>Enqueues everything as the application does, except matching runs, which it only records.</summary>
    private sealed class HoldingScheduler(IJobScheduler inner, ConcurrentQueue<Guid> held) : IJobScheduler
    {
        public void EnqueueRecompute(Guid jobRunId) => inner.EnqueueRecompute(jobRunId);

        public void EnqueueMatchingRun(Guid matchingRunId) => held.Enqueue(matchingRunId);

        public string? BackgroundJobState(string backgroundJobId) => inner.BackgroundJobState(backgroundJobId);
    }

    /// <summary>A solver that, until opened, waits at each call for the test to let it proceed.</summary>
    private sealed class GatedSolver
    {
        private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
        private Channel<bool> _entered = Channel.CreateUnbounded<bool>();
        private readonly object _proceedLock = new();
        private int _proceeds;
        private volatile bool _open;

        public IMatchingSolver Around(IMatchingSolver inner) => new Gated(this, inner);

        public void Reset()
        {
            lock (_proceedLock)
            {
                (_entered, _proceeds, _open) = (Channel.CreateUnbounded<bool>(), 0, false);
            }
        }

        public async Task EnteredAsync()
        {
            using var patience = new CancellationTokenSource(Patience);
            await _entered.Reader.ReadAsync(patience.Token);
        }

        public void Proceed()
        {
            lock (_proceedLock)
            {
                _proceeds++;
                Monitor.PulseAll(_proceedLock);
            }
        }

        public void Open()
        {
            lock (_proceedLock)
            {
                _open = true;
                Monitor.PulseAll(_proceedLock);
            }
        }

        private bool WaitToProceed()
        {
            var waited = System.Diagnostics.Stopwatch.StartNew();
            lock (_proceedLock)
            {
                while (!_open && _proceeds == 0)
                {
                    var left = Patience - waited.Elapsed;
                    if (left <= TimeSpan.Zero || !Monitor.Wait(_proceedLock, left))
                    {
                        return false;
                    }
                }

                if (!_open)
                {
                    _proceeds--;
                }

                return true;
            }
        }

        private sealed class Gated(GatedSolver gate, IMatchingSolver inner) : IMatchingSolver
        {
            public IReadOnlyList<MatchingEdge> Solve(MatchingProblem problem)
            {
                if (!gate._open)
                {
                    gate._entered.Writer.TryWrite(true);
                    // Synchronous, as the solver is: the job's thread waits until the test lets it go on (or opens the gate).
                    if (!gate.WaitToProceed())
                    {
                        throw new TimeoutException("The test did not let the solver proceed.");
                    }
                }

                return inner.Solve(problem);
            }
        }
    }
}
