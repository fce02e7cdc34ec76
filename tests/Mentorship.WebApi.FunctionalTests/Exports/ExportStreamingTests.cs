using System.Diagnostics;
using System.Net;
using System.Text;
using Mentorship.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Query;
using static Mentorship.WebApi.FunctionalTests.Exports.ExportScenario;

namespace Mentorship.WebApi.FunctionalTests.Exports;

/// <summary>
/// An export of thousands of rows with the production configuration (PostgreSQL with its retrying execution strategy)
/// is read row by row (straight from the provider's data reader), not buffered whole by the strategy, and holds every row — also when the region's scope was
/// checked by a query of the same context first.
/// </summary>
public sealed class ExportStreamingTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private const int Pairs = 300;

    [Test]
    public async Task A_large_pairs_export_streams_its_rows_without_the_retrying_buffer_and_holds_every_member()
    {
        var scenario = await SeedAsync(Given, Client);
        var programme = (await Given.Programme(scenario.SchoolId, startYear: 2024)).Id;
        var mentors = await Given.People(scenario.SchoolId, Pairs, PersonCategory.Pupil, new DateOnly(2007, 1, 1));
        var mentees = await Given.People(scenario.SchoolId, Pairs, PersonCategory.Pupil, new DateOnly(2011, 1, 1));
        await Given.Groups(programme, [.. mentors.Zip(mentees, (mentor, mentee) => (mentor, (IReadOnlyList<Guid>)[mentee]))], new DateOnly(2024, 9, 1), new DateOnly(2025, 5, 31));
        var members = await QueryAsync(db => db.GroupMembers.CountAsync());
        members.Should().BeGreaterThan(2 * Pairs);

        using var reads = new ReaderWatch();
        AsAnalyst(scenario.RegionId);
        // With the region: its scope is checked by a query of the same context before the rows are read.
        using var response = await Client.GetAsync($"{Api}/exports/pairs?regionId={scenario.RegionId}", HttpCompletionOption.ResponseHeadersRead);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var text = await response.Content.ReadAsStringAsync();

        var (header, records) = ParseCsv(text.TrimStart('\uFEFF'), ";");
        header.Should().HaveCount(17, "the pairs export's columns, the teacher model's element and deficit last");
        records.Should().HaveCount(members);
        records.Select(r => r[11]).Should().OnlyHaveUniqueItems("each member is one row, by its pseudonym");
        records.Count(r => r[10] == Text(Russian, "enum.GroupRole.Mentor")).Should().BeGreaterThanOrEqualTo(Pairs);

        // EF buffers a whole result before its first row exactly when the context's execution strategy retries: the
        // pairs are read from the provider's own reader on EF's SQL, never through EF's query pipeline.
        reads.Exports.Should().BeEmpty("the pairs export's rows are read straight from the data reader as they are written");
        reads.Others.Should().NotBeEmpty("the region's scope was checked by a query of the same context first")
            .And.OnlyContain(retries => !retries, "the context streams from its first query");
    }

    /// <summary>Whether each query's context retried (and so buffered) when its reader opened: the pairs export's and the others'.</summary>
    private sealed class ReaderWatch : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly IDisposable _all;
        private readonly List<IDisposable> _listeners = [];
        private readonly List<bool> _exports = [];
        private readonly List<bool> _others = [];

        public ReaderWatch() => _all = DiagnosticListener.AllListeners.Subscribe(this);

        public IReadOnlyList<bool> Exports
        {
            get
            {
                lock (_exports)
                {
                    return [.. _exports];
                }
            }
        }

        public IReadOnlyList<bool> Others
        {
            get
            {
                lock (_exports)
                {
                    return [.. _others];
                }
            }
        }

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                lock (_exports)
                {
                    _listeners.Add(value.Subscribe(this));
                }
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key != RelationalEventId.CommandExecuted.Name || value.Value is not CommandExecutedEventData { Context: { } context, Result: System.Data.Common.DbDataReader } executed)
            {
                return;
            }

            // EF settles whether a context's queries buffer once, when its query services are built: asked here too.
            var retries = context.Database.CreateExecutionStrategy().RetriesOnFailure
                || context.GetService<CompiledQueryCacheKeyGeneratorDependencies>().IsRetryingExecutionStrategy
                || context.GetService<QueryCompilationContextDependencies>().IsRetryingExecutionStrategy;
            var sql = executed.Command.CommandText;
            var pairsExport = sql.Contains("JoinedAt", StringComparison.OrdinalIgnoreCase) || sql.Contains("joined_at", StringComparison.OrdinalIgnoreCase);
            lock (_exports)
            {
                (pairsExport && sql.Contains("ORDER BY", StringComparison.OrdinalIgnoreCase) ? _exports : _others).Add(retries);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            _all.Dispose();
            lock (_exports)
            {
                _listeners.ForEach(l => l.Dispose());
            }
        }
    }
}
