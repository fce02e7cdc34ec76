using System.Net;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Programmes.Publication;
using Mentorship.Application.Programmes.Publication.Commands.PublishProgramme;
using Mentorship.Application.Public.Practices;
using Mentorship.Application.Public.Practices.Queries.GetPublicPractices;

namespace Mentorship.WebApi.FunctionalTests.Programmes.Stage6Completion;

/// <summary>A success case is published within its programme only.</summary>
public sealed class PublishCaseTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    [Test]
    public async Task A_case_is_published_within_its_programme_only()
    {
        var (_, municipality) = await Given.Territory();
        var school = await Given.Organization(municipality.Id);
        var programme = await Given.PublicProgramme(school.Id, "Программа");
        var other = await Given.PublicProgramme(school.Id, "Другая программа");
        var successCase = await Given.SuccessCase(programme, "Кейс пары", published: false);

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
