using System.Net;
using Mentorship.Application.Programmes.Publication.Queries.GetPublicPage;
using Mentorship.Application.Public.Programmes.Queries.GetPublicProgramme;
using Mentorship.Domain.Programmes;

namespace Mentorship.WebApi.FunctionalTests.Public.Parents;

/// <summary>A parent reads on the public page what the programme is, its documents and whom to contact — never a person's data unless agreed.</summary>
public sealed class ProgrammePageForParentsTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private const string CuratorInTeam = "Петрова Анна Ивановна";

    [Test]
    public async Task The_description_for_parents_the_documents_and_the_organisations_contact_show_on_the_public_page()
    {
        var (_, municipality) = await Given.Territory();
        var school = await Given.Organization(municipality.Id, "МБОУ СОШ № 7");
        await Given.OrganizationContacts(school.Id, "school7@example.ru", "+7 3952 00-00-07", "https://school7.example.ru");
        var programme = await Given.PublishedProgrammeAtStage4(school.Id);

        AsCurator(school.Id);
        var page = await OkAsync<ProgrammePublicPageDto>(await PutAsync($"{Api}/programmes/{programme}/public-page",
            new { parentsText = "Старшеклассники помогают пятиклассникам освоиться в школе.", pupilsText = "Найди себе наставника!" }));
        page.ParentsText.Should().StartWith("Старшеклассники");

        var response = await Anonymous.GetAsync($"{PublicApi}/programmes/{programme}");
        var body = await response.Content.ReadAsStringAsync();
        var shown = await OkAsync<PublicProgrammeDto>(response);
        shown.ParentsText.Should().Be("Старшеклассники помогают пятиклассникам освоиться в школе.");
        shown.PupilsText.Should().Be("Найди себе наставника!");
        shown.Contact.Should().BeEquivalentTo(new PublicProgrammeContactDto
        {
            Source = PublicContactSource.Organization, Name = "МБОУ СОШ № 7", Email = "school7@example.ru", Phone = "+7 3952 00-00-07", Website = "https://school7.example.ru",
        });
        shown.Documents.Select(d => d.Kind).Should().BeEquivalentTo(new[]
        {
            NormativeDocumentKind.IntroductionOrder, NormativeDocumentKind.PedagogicalCouncilMinutes, NormativeDocumentKind.ImplementationPlan,
            NormativeDocumentKind.Regulation, NormativeDocumentKind.CuratorOrder,
        });
        shown.Documents.Should().AllSatisfy(d =>
        {
            d.Number.Should().Be("12-од");
            d.Date.Should().Be(new DateOnly(2024, 9, 2));
        });
        body.Should().NotContain(CuratorInTeam).And.NotContain("Наставник");
    }

    [Test]
    public async Task The_curators_contact_is_hidden_until_the_curator_agrees_and_hidden_again_at_once_when_withdrawn()
    {
        var (_, municipality) = await Given.Territory();
        var school = await Given.Organization(municipality.Id);
        var programme = await Given.PublishedProgrammeAtStage4(school.Id);

        // Read (and cached by the server) before any agreement: the organisation's contact.
        (await PublicPageAsync(programme)).Contact!.Source.Should().Be(PublicContactSource.Organization);

        AsCurator(school.Id);
        var agreed = await OkAsync<ProgrammePublicPageDto>(await PutAsync($"{Api}/programmes/{programme}/public-page/curator-contact",
            new { publish = true, workEmail = "petrova@school.example.ru", workPhone = "+7 3952 11-22-33" }));
        agreed.CuratorContactAgreedAt.Should().Be(Factory.Clock.GetUtcNow());

        var withContact = await PublicPageAsync(programme);
        withContact.Contact.Should().BeEquivalentTo(new PublicProgrammeContactDto
        {
            Source = PublicContactSource.Curator, Name = CuratorInTeam, Email = "petrova@school.example.ru", Phone = "+7 3952 11-22-33",
        });

        var withdrawn = await OkAsync<ProgrammePublicPageDto>(await PutAsync($"{Api}/programmes/{programme}/public-page/curator-contact", new { publish = false }));
        withdrawn.CuratorContactPublished.Should().BeFalse();
        withdrawn.CuratorWorkEmail.Should().BeNull();

        var response = await Anonymous.GetAsync($"{PublicApi}/programmes/{programme}");
        var body = await response.Content.ReadAsStringAsync();
        (await OkAsync<PublicProgrammeDto>(response)).Contact!.Source.Should().Be(PublicContactSource.Organization);
        body.Should().NotContain("petrova@school.example.ru").And.NotContain(CuratorInTeam);
    }

    [Test]
    public async Task A_new_curator_has_agreed_to_nothing_and_a_contact_needs_an_email_or_a_phone()
    {
        var (_, municipality) = await Given.Territory();
        var school = await Given.Organization(municipality.Id);
        var programme = await Given.PublishedProgrammeAtStage4(school.Id);
        AsCurator(school.Id);

        var refused = await PutAsync($"{Api}/programmes/{programme}/public-page/curator-contact", new { publish = true });
        (await ProblemAsync(refused, HttpStatusCode.BadRequest)).ErrorCodes.Should().ContainKey("workEmail")
            .WhoseValue.Should().Equal("public_page.curator_contact_required");

        await OkAsync<ProgrammePublicPageDto>(await PutAsync($"{Api}/programmes/{programme}/public-page/curator-contact", new { publish = true, workPhone = "+7 3952 11-22-33" }));
        (await PublicPageAsync(programme)).Contact!.Source.Should().Be(PublicContactSource.Curator);

        var another = await PutAsync($"{Api}/programmes/{programme}/curator", new { fullName = "Сидоров Пётр Ильич", position = "Педагог-организатор" });
        another.StatusCode.Should().Be(HttpStatusCode.OK, await another.Content.ReadAsStringAsync());

        var page = await PublicPageAsync(programme);
        page.Contact!.Source.Should().Be(PublicContactSource.Organization);
    }

    [Test]
    public async Task Another_schools_curator_cannot_change_the_page()
    {
        var (_, municipality) = await Given.Territory();
        var school = await Given.Organization(municipality.Id);
        var otherSchool = await Given.Organization(municipality.Id, "МБОУ СОШ № 9");
        var programme = await Given.PublishedProgrammeAtStage4(school.Id);

        AsCurator(otherSchool.Id);
        (await PutAsync($"{Api}/programmes/{programme}/public-page", new { parentsText = "Чужой текст" })).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await Client.GetAsync($"{Api}/programmes/{programme}/public-page")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await PublicPageAsync(programme)).ParentsText.Should().BeNull();
    }

    private async Task<PublicProgrammeDto> PublicPageAsync(Guid programmeId) =>
        await OkAsync<PublicProgrammeDto>(await Anonymous.GetAsync($"{PublicApi}/programmes/{programmeId}"));
}
