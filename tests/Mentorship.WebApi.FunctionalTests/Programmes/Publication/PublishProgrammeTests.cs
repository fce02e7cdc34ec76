using System.Net;
using System.Net.Http.Headers;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Programmes.Publication;
using Mentorship.Application.Programmes.Publication.Commands.PublishProgramme;
using Mentorship.Application.Public.Programmes;
using Mentorship.Application.Public.Programmes.Queries.GetPublicProgrammes;

namespace Mentorship.WebApi.FunctionalTests.Programmes.Publication;

/// <summary>A curator publishes a programme to the open information resource.</summary>
public sealed class PublishProgrammeTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    [Test]
    public async Task A_curator_publishes_a_programme_and_it_becomes_public()
    {
        var (_, municipality) = await Given.Territory();
        var school = await Given.Organization(municipality.Id);
        var programme = await Given.PublicProgramme(school.Id, "Программа", published: false);

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
        var (_, municipality) = await Given.Territory();
        var school = await Given.Organization(municipality.Id);
        var programme = await Given.PublicProgramme(school.Id, "Программа");

        await ProblemAsync(await Client.PostAsync($"{Api}/programmes/{programme}/publish", null), HttpStatusCode.Conflict);

        using var stale = new HttpRequestMessage(HttpMethod.Post, $"{Api}/programmes/{programme}/unpublish");
        stale.Headers.IfMatch.Add(new EntityTagHeaderValue("\"7\""));
        await ProblemAsync(await Client.SendAsync(stale), HttpStatusCode.PreconditionFailed);
        await ProblemAsync(await Client.PostAsync($"{Api}/programmes/{Guid.NewGuid()}/publish", null), HttpStatusCode.NotFound);
    }
}
