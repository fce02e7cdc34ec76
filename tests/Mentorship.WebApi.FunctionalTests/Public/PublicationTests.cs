using System.Net;
using System.Net.Http.Headers;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Programmes.Publication;
using Mentorship.Application.Programmes.Publication.Commands.PublishProgramme;
using Mentorship.Application.Programmes.Publication.Commands.PublishSuccessCase;
using Mentorship.Application.Programmes.Publication.Commands.UnpublishProgramme;
using Mentorship.Application.Programmes.Publication.Commands.UnpublishSuccessCase;
using Mentorship.Application.Public.Practices.Queries.GetPublicPractices;
using Mentorship.Application.Public.Programmes.Queries.GetPublicProgramme;
using Mentorship.Application.Public.Programmes.Queries.GetPublicProgrammes;
using Mentorship.Infrastructure.Persistence;
using Mentorship.WebApi.FunctionalTests.Infrastructure;

namespace Mentorship.WebApi.FunctionalTests.Public;

[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.PostgreSql)]
public sealed class PublicationTests(DatabaseProvider provider) : PublicTestBase(provider)
{
    [Test]
    public async Task A_curator_publishes_a_programme_and_it_becomes_public()
    {
        var (_, municipality) = await CreateTerritoryAsync();
        var school = await CreateOrganizationAsync(municipality.Id);
        var programme = await SeedProgrammeAsync(school.Id, "Программа", published: false);

        var response = await Client.PostAsync($"{Api}/programmes/{programme}/publish", null);

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var publication = await ReadAsync<PublicationStateDto>(response);
        publication.Should().BeEquivalentTo(new { Id = programme, IsPublished = true, PublishedAt = Factory.Clock.GetUtcNow(), Version = 2L });
        response.Headers.ETag!.Tag.Should().Be("\"2\"");
        var list = await ReadAsync<PagedList<PublicProgrammeSummaryDto>>(await Anonymous.GetAsync("/api/v1/public/programmes"));
        list.Items.Should().ContainSingle().Which.PublishedAt.Should().Be(Factory.Clock.GetUtcNow());
    }

    [Test]
    public async Task Publishing_twice_is_a_conflict_and_a_stale_etag_is_refused()
    {
        var (_, municipality) = await CreateTerritoryAsync();
        var school = await CreateOrganizationAsync(municipality.Id);
        var programme = await SeedProgrammeAsync(school.Id, "Программа");

        await ProblemAsync(await Client.PostAsync($"{Api}/programmes/{programme}/publish", null), HttpStatusCode.Conflict);

        using var stale = new HttpRequestMessage(HttpMethod.Post, $"{Api}/programmes/{programme}/unpublish");
        stale.Headers.IfMatch.Add(new EntityTagHeaderValue("\"7\""));
        await ProblemAsync(await Client.SendAsync(stale), HttpStatusCode.PreconditionFailed);
        await ProblemAsync(await Client.PostAsync($"{Api}/programmes/{Guid.NewGuid()}/publish", null), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_case_is_published_within_its_programme_only()
    {
        var (_, municipality) = await CreateTerritoryAsync();
        var school = await CreateOrganizationAsync(municipality.Id);
        var programme = await SeedProgrammeAsync(school.Id, "Программа");
        var other = await SeedProgrammeAsync(school.Id, "Другая программа");
        var successCase = await SeedCaseAsync(programme, "Кейс пары", published: false);

        await ProblemAsync(await Client.PostAsync($"{Api}/programmes/{other}/cases/{successCase}/publish", null), HttpStatusCode.NotFound);
        var published = await Client.PostAsync($"{Api}/programmes/{programme}/cases/{successCase}/publish", null);

        published.StatusCode.Should().Be(HttpStatusCode.OK, await published.Content.ReadAsStringAsync());
        (await ReadAsync<PublicationStateDto>(published)).IsPublished.Should().BeTrue();
        (await PracticesAsync()).Should().Equal("Кейс пары");

        var unpublished = await Client.PostAsync($"{Api}/programmes/{programme}/cases/{successCase}/unpublish", null);

        (await ReadAsync<PublicationStateDto>(unpublished)).Should().BeEquivalentTo(new { IsPublished = false, PublishedAt = (DateTimeOffset?)null });
        (await PracticesAsync()).Should().BeEmpty();
    }

    private async Task<IReadOnlyList<string>> PracticesAsync() =>
        (await ReadAsync<PagedList<PublicPracticeDto>>(await Anonymous.GetAsync("/api/v1/public/practices"))).Items.Select(p => p.Title).ToList();
}
