using System.Diagnostics;
using System.Net;
using Mentorship.Infrastructure.Search;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Mentorship.WebApi.FunctionalTests.Public;

/// <summary>
/// What the server's cache of public responses keys an answer by: everything that changes the body (every query
/// parameter, the language as resolved), and not the spelling of the same request; a hit asks nothing of the database.
/// </summary>
public sealed class PublicCacheKeyTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    [Test]
    public async Task A_cached_search_is_answered_without_asking_the_database()
    {
        var (_, municipality) = await Given.Territory();
        var school = await Given.Organization(municipality.Id);
        await Given.PublicProgramme(school.Id, "Шахматный клуб");
        using var searches = new FullTextQueries();
        const string path = $"{PublicApi}/programmes?search=%D1%88%D0%B0%D1%85%D0%BC%D0%B0%D1%82%D1%8B";
        (await Anonymous.GetAsync(path)).StatusCode.Should().Be(HttpStatusCode.OK);
        searches.Count.Should().Be(1, "the first search asks the full-text index once (a page and its count in one query)");

        var hit = await Anonymous.GetAsync(path);

        hit.Headers.Age.Should().NotBeNull();
        searches.Count.Should().Be(1, "the answer came from the server's cache");
    }

    [Test]
    public async Task The_same_search_with_parameters_in_another_order_or_case_is_answered_from_the_cache()
    {
        var (_, municipality) = await Given.Territory();
        var school = await Given.Organization(municipality.Id);
        await Given.PublicProgramme(school.Id, "Шахматный клуб");
        var first = await Anonymous.GetAsync($"{PublicApi}/programmes?search=%D1%88%D0%B0%D1%85%D0%BC%D0%B0%D1%82%D1%8B&pageSize=10");
        first.StatusCode.Should().Be(HttpStatusCode.OK);

        var reordered = await Anonymous.GetAsync($"{PublicApi}/programmes?PAGESIZE=10&Search=%D1%88%D0%B0%D1%85%D0%BC%D0%B0%D1%82%D1%8B");
        var otherPage = await Anonymous.GetAsync($"{PublicApi}/programmes?search=%D1%88%D0%B0%D1%85%D0%BC%D0%B0%D1%82%D1%8B&pageSize=10&page=2");

        reordered.Headers.Age.Should().NotBeNull("the same parameters in another order and case are the same request");
        (await reordered.Content.ReadAsStringAsync()).Should().Be(await first.Content.ReadAsStringAsync());
        otherPage.Headers.Age.Should().BeNull("another page is another answer");
    }

    [Test]
    public async Task Spellings_of_one_language_share_a_cached_answer_and_another_language_does_not()
    {
        var (_, municipality) = await Given.Territory();
        var school = await Given.Organization(municipality.Id);
        var programme = await Given.PublicProgramme(school.Id, "Шахматный клуб");
        var russian = await GetAsync($"{PublicApi}/programmes/{programme}", acceptLanguage: "ru-RU,ru;q=0.9,en;q=0.5");

        var plainRussian = await GetAsync($"{PublicApi}/programmes/{programme}", acceptLanguage: "ru");
        var english = await GetAsync($"{PublicApi}/programmes/{programme}", acceptLanguage: "en");

        plainRussian.Headers.Age.Should().NotBeNull("\"ru\" is the language \"ru-RU,ru;q=0.9\" resolved to");
        plainRussian.Headers.ETag.Should().Be(russian.Headers.ETag);
        english.Headers.Age.Should().BeNull();
        english.Content.Headers.ContentLanguage.Should().Equal("en");
        english.Headers.ETag.Should().NotBe(russian.Headers.ETag);
    }

    [Test]
    public async Task A_language_chosen_by_the_culture_cookie_is_never_served_to_a_caller_without_it()
    {
        var (_, municipality) = await Given.Territory();
        var school = await Given.Organization(municipality.Id);
        var programme = await Given.PublicProgramme(school.Id, "Шахматный клуб");
        var english = await GetAsync($"{PublicApi}/programmes/{programme}", cookieCulture: "en");
        english.Content.Headers.ContentLanguage.Should().Equal("en");

        var plain = await GetAsync($"{PublicApi}/programmes/{programme}");

        plain.Content.Headers.ContentLanguage.Should().Equal("ru");
        plain.Headers.ETag.Should().NotBe(english.Headers.ETag);
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string? acceptLanguage = null, string? cookieCulture = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage).Should().BeTrue();
        }

        if (cookieCulture is not null)
        {
            var value = CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(cookieCulture));
            request.Headers.Add("Cookie", $"{CookieRequestCultureProvider.DefaultCookieName}={Uri.EscapeDataString(value)}");
        }

        var response = await Anonymous.SendAsync(request);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return response;
    }

    /// <summary>Counts the commands EF sends to any database of this process that search the programmes' full-text index.</summary>
    private sealed class FullTextQueries : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly List<IDisposable> _subscriptions = [];
        private int _count;

        public FullTextQueries() => _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));

        public int Count => Volatile.Read(ref _count);

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                lock (_subscriptions)
                {
                    _subscriptions.Add(value.Subscribe(this));
                }
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData { Command.CommandText: var sql }
                && (sql.Contains($"\"{ProgrammeSearchText.SqliteTable}\" MATCH", StringComparison.Ordinal) || sql.Contains(ProgrammeSearchText.PostgreSqlVector, StringComparison.Ordinal)))
            {
                Interlocked.Increment(ref _count);
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
            lock (_subscriptions)
            {
                _subscriptions.ForEach(s => s.Dispose());
            }
        }
    }
}
