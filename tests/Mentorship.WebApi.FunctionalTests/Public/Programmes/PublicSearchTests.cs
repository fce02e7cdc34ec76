using System.Net;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Public.Programmes.Queries.GetPublicProgrammes;
using Mentorship.Infrastructure.Persistence;
using Mentorship.Infrastructure.Search;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.WebApi.FunctionalTests.Public.Programmes;

/// <summary>
/// The public search understands Russian word forms, answers from the server's cache, and forgets what it cached the
/// moment a programme or organisation changes.
/// </summary>
public sealed class PublicSearchTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    [Test]
    public async Task Every_form_of_a_word_finds_the_same_programmes()
    {
        var (_, municipality) = await Given.Territory();
        var school = await Given.Organization(municipality.Id, "МБОУ СОШ № 3");
        await Given.PublicProgramme(school.Id, "Путь к успеху");
        await Given.PublicProgramme(school.Id, "Наши успехи", description: "Пары наставников и учеников");
        await Given.PublicProgramme(school.Id, "Круги наставничества", description: "Успех каждого ребёнка");
        await Given.PublicProgramme(school.Id, "Успешный старт");

        var expected = new[] { "Круги наставничества", "Наши успехи", "Путь к успеху" };
        (await SearchAsync("успехи")).Should().Equal(expected);
        (await SearchAsync("успеху")).Should().Equal(expected);
        (await SearchAsync("Успех")).Should().Equal(expected);
        (await SearchAsync("успехов")).Should().Equal(expected);
        (await SearchAsync("наставникам")).Should().Equal("Наши успехи");
        (await SearchAsync("успехи наставников")).Should().Equal("Наши успехи");
    }

    [Test]
    public async Task A_word_of_the_organisation_name_in_any_form_finds_its_programmes()
    {
        var (_, municipality) = await Given.Territory();
        var lyceum = await Given.Organization(municipality.Id, "Лицей «Созвездие»");
        var school = await Given.Organization(municipality.Id, "МБОУ СОШ № 7");
        await Given.PublicProgramme(lyceum.Id, "Круги наставничества");
        await Given.PublicProgramme(lyceum.Id, "Учитель – учителю");
        await Given.PublicProgramme(school.Id, "Шахматный клуб");

        (await SearchAsync("созвездия")).Should().Equal("Круги наставничества", "Учитель – учителю");
        (await SearchAsync("созвездием круги")).Should().Equal("Круги наставничества");
    }

    [Test]
    public async Task Unpublishing_removes_a_programme_from_a_cached_search_at_once()
    {
        var (_, municipality) = await Given.Territory();
        var school = await Given.Organization(municipality.Id);
        var chess = await Given.PublicProgramme(school.Id, "Шахматный клуб");
        await Given.PublicProgramme(school.Id, "Шахматы для всех");

        (await SearchAsync("шахматы")).Should().Equal("Шахматный клуб", "Шахматы для всех");
        var cached = await Anonymous.GetAsync($"{PublicApi}/programmes?search=%D1%88%D0%B0%D1%85%D0%BC%D0%B0%D1%82%D1%8B");
        cached.Headers.Age.Should().NotBeNull("the second identical request is answered from the server's cache");

        var unpublished = await PostAsync($"{Api}/programmes/{chess}/unpublish", new { });

        unpublished.StatusCode.Should().Be(HttpStatusCode.OK, await unpublished.Content.ReadAsStringAsync());
        (await SearchAsync("шахматы")).Should().Equal("Шахматы для всех");
    }

    [Test]
    public async Task A_new_title_is_found_by_the_search_and_the_old_one_is_not()
    {
        var (_, municipality) = await Given.Territory();
        var school = await Given.Organization(municipality.Id);
        var programme = await Given.PublicProgramme(school.Id, "Шахматный клуб");
        (await SearchAsync("шахматного")).Should().Equal("Шахматный клуб");

        var updated = await PutAsync($"{Api}/programmes/{programme}", new { title = "Театральная студия", startYear = "2024/2025" });

        updated.StatusCode.Should().Be(HttpStatusCode.OK, await updated.Content.ReadAsStringAsync());
        (await SearchAsync("шахматного")).Should().BeEmpty();
        (await SearchAsync("театральной студии")).Should().Equal("Театральная студия");
    }

    [Test]
    public async Task A_renamed_organisation_is_found_by_its_new_name()
    {
        var (_, municipality) = await Given.Territory();
        var school = await Given.Organization(municipality.Id, "Гимназия «Радуга»");
        await Given.PublicProgramme(school.Id, "Круги наставничества");
        (await SearchAsync("радуги")).Should().Equal("Круги наставничества");

        var renamed = await PutAsync($"{Api}/organizations/{school.Id}", new { municipalityId = municipality.Id, name = "Гимназия «Полярная звезда»", kind = "GeneralEducationSchool" });

        renamed.StatusCode.Should().Be(HttpStatusCode.OK, await renamed.Content.ReadAsStringAsync());
        (await SearchAsync("радуги")).Should().BeEmpty();
        (await SearchAsync("полярной звезды")).Should().Equal("Круги наставничества");
    }

    [Test]
    public async Task A_page_beyond_the_first_counts_every_match()
    {
        var (_, municipality) = await Given.Territory();
        var school = await Given.Organization(municipality.Id);
        for (var i = 1; i <= 23; i++)
        {
            await Given.PublicProgramme(school.Id, $"Наставничество {i:D2}");
        }

        await Given.PublicProgramme(school.Id, "Шахматный клуб");

        var third = await Anonymous.GetPublicAsync<PagedList<PublicProgrammeSummaryDto>>("/programmes?search=наставничества&pageSize=10&page=3");
        third.Items.Select(p => p.Title).Should().Equal("Наставничество 21", "Наставничество 22", "Наставничество 23");
        third.TotalCount.Should().Be(23);
        third.TotalPages.Should().Be(3);

        var second = await Anonymous.GetPublicAsync<PagedList<PublicProgrammeSummaryDto>>("/programmes?search=наставничества&pageSize=10&page=2");
        second.Items.Should().HaveCount(10);
        second.TotalCount.Should().Be(23);

        var beyond = await Anonymous.GetPublicAsync<PagedList<PublicProgrammeSummaryDto>>("/programmes?search=наставничества&pageSize=10&page=5");
        beyond.Items.Should().BeEmpty();
        beyond.TotalCount.Should().Be(23);
    }

    [TestCase("\"")]
    [TestCase("\"школа")]
    [TestCase("'; DROP TABLE \"Programmes\"; --")]
    [TestCase("NEAR(шахматы клуб)")]
    [TestCase("шахматы NEAR клуб")]
    [TestCase("шахматы OR клуб")]
    [TestCase("шахматы AND NOT клуб")]
    [TestCase("-шахматы")]
    [TestCase("*")]
    [TestCase("шах*")]
    [TestCase("^шахматы")]
    [TestCase("Title:шахматы")]
    [TestCase("ProgrammeId:x")]
    [TestCase("шахматы & !клуб | (")]
    [TestCase("a:* & b")]
    [TestCase("\\")]
    [TestCase("%_")]
    [TestCase("\u0001\u0007шахматы\u001f")]
    [TestCase("\t\r\n")]
    public async Task Hostile_search_text_is_answered_without_a_server_error(string search)
    {
        var (_, municipality) = await Given.Territory();
        var school = await Given.Organization(municipality.Id);
        await Given.PublicProgramme(school.Id, "Шахматный клуб");

        var response = await Anonymous.GetAsync($"{PublicApi}/programmes?search={Uri.EscapeDataString(search)}");

        ((int)response.StatusCode).Should().BeOneOf([200, 400], await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task A_very_long_word_is_searched_like_any_other()
    {
        var (_, municipality) = await Given.Territory();
        var school = await Given.Organization(municipality.Id);
        await Given.PublicProgramme(school.Id, "Шахматный клуб");

        (await SearchAsync(new string('ж', 200))).Should().BeEmpty();
        (await SearchAsync(string.Join(' ', Enumerable.Repeat("шахматы", 20)))).Should().Equal("Шахматный клуб");
    }

    [Test]
    public async Task Programmes_saved_before_the_search_was_stemmed_are_found_after_the_backfill_even_by_a_cached_search()
    {
        var (_, municipality) = await Given.Territory();
        var school = await Given.Organization(municipality.Id, "Гимназия «Радуга»");
        await Given.PublicProgramme(school.Id, "Шахматный клуб");
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        await db.Database.ExecuteSqlRawAsync($"UPDATE \"Programmes\" SET \"{ProgrammeSearchText.Column}\" = ''");
        await Factory.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(PublicCacheEviction.Tag, CancellationToken.None);
        (await SearchAsync("шахматы радуги")).Should().BeEmpty();
        (await Anonymous.GetAsync($"{PublicApi}/programmes?search={Uri.EscapeDataString("шахматы радуги")}")).Headers.Age
            .Should().NotBeNull("the empty answer is in the server's cache");

        // The backfill writes with ExecuteUpdate, past SaveChanges and its eviction: it evicts by itself.
        var stemmed = await ProgrammeSearchBackfill.RunAsync(db, Factory.Services.GetRequiredService<IOutputCacheStore>(), CancellationToken.None);

        stemmed.Should().Be(1);
        (await SearchAsync("шахматы радуги")).Should().Equal("Шахматный клуб");
        (await ProgrammeSearchBackfill.RunAsync(db, Factory.Services.GetRequiredService<IOutputCacheStore>(), CancellationToken.None)).Should().Be(0);
    }

    private async Task<IReadOnlyList<string>> SearchAsync(string search) =>
        (await Anonymous.GetPublicAsync<PagedList<PublicProgrammeSummaryDto>>($"/programmes?search={Uri.EscapeDataString(search)}")).Items.Select(p => p.Title).ToList();
}
