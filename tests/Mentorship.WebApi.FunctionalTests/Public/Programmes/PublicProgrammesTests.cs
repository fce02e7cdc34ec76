using System.Net;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Public.Organizations;
using Mentorship.Application.Public.Organizations.Queries.GetPublicOrganizations;
using Mentorship.Application.Public.Partners;
using Mentorship.Application.Public.Partners.Queries.GetPublicPartners;
using Mentorship.Application.Public.Practices;
using Mentorship.Application.Public.Practices.Queries.GetPublicPractices;
using Mentorship.Application.Public.Programmes;
using Mentorship.Application.Public.Programmes.Queries.GetPublicProgramme;
using Mentorship.Application.Public.Programmes.Queries.GetPublicProgrammes;
using Mentorship.Domain.Programmes;
using Mentorship.Domain.Territory;

namespace Mentorship.WebApi.FunctionalTests.Public.Programmes;

/// <summary>Published programmes are searched, filtered and paged anonymously, without personal data.</summary>
public sealed class PublicProgrammesTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    [Test]
    public async Task Unpublished_programmes_and_cases_never_appear()
    {
        var (_, municipality) = await Given.Territory();
        var school = await Given.Organization(municipality.Id, "МБОУ СОШ № 1");
        var quietSchool = await Given.Organization(municipality.Id, "МБОУ СОШ № 2");
        var employer = await Given.Organization(municipality.Id, "АО «Завод»", "Employer");
        var university = await Given.Organization(municipality.Id, "Университет", "HigherEducation");
        var published = await Given.PublicProgramme(school.Id, "Открытая программа", partners: [(employer.Id, "экскурсии на производство")]);
        var draft = await Given.PublicProgramme(school.Id, "Черновик программы", published: false, partners: [(university.Id, "лекции")]);
        await Given.PublicProgramme(quietSchool.Id, "Программа второй школы", published: false);
        await Given.SuccessCase(published, "Опубликованный кейс");
        await Given.SuccessCase(published, "Неопубликованный кейс", published: false);
        await Given.SuccessCase(draft, "Кейс черновика");

        var programmes = await Anonymous.GetPublicAsync<PagedList<PublicProgrammeSummaryDto>>("/programmes");
        programmes.Items.Select(p => p.Title).Should().Equal("Открытая программа");
        (await Anonymous.GetAsync($"{PublicApi}/programmes/{draft}")).StatusCode.Should().Be(HttpStatusCode.NotFound);

        var partners = await Anonymous.GetPublicAsync<PagedList<PublicPartnerDto>>("/partners");
        partners.Items.Should().ContainSingle().Which.Should().BeEquivalentTo(new { employer.Id, Name = "АО «Завод»", Kind = OrganizationKind.Employer });
        partners.Items[0].Programmes.Select(p => (p.Title, p.Role)).Should().Equal(("Открытая программа", "экскурсии на производство"));

        var practices = await Anonymous.GetPublicAsync<PagedList<PublicPracticeDto>>("/practices");
        practices.Items.Select(p => p.Title).Should().Equal("Опубликованный кейс");

        var organizations = await Anonymous.GetPublicAsync<PagedList<PublicOrganizationDto>>("/organizations?search=МБОУ");
        organizations.Items.Select(o => (o.Name, o.RunsProgrammeThisYear)).Should().Equal(("МБОУ СОШ № 1", true), ("МБОУ СОШ № 2", false));
        (await Anonymous.GetPublicAsync<PagedList<PublicOrganizationDto>>("/organizations?runsProgrammeThisYear=true")).Items.Select(o => o.Name).Should().Equal("МБОУ СОШ № 1");
    }

    [Test]
    public async Task Unpublishing_a_programme_takes_it_and_its_cases_off_the_resource()
    {
        var (_, municipality) = await Given.Territory();
        var school = await Given.Organization(municipality.Id);
        var programme = await Given.PublicProgramme(school.Id, "Программа");
        await Given.SuccessCase(programme, "Кейс");
        (await Anonymous.GetPublicAsync<PagedList<PublicPracticeDto>>("/practices")).TotalCount.Should().Be(1);

        var response = await PostAsync($"{Api}/programmes/{programme}/unpublish", new { });

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await Anonymous.GetPublicAsync<PagedList<PublicProgrammeSummaryDto>>("/programmes")).TotalCount.Should().Be(0);
        (await Anonymous.GetPublicAsync<PagedList<PublicPracticeDto>>("/practices")).TotalCount.Should().Be(0);
        (await Anonymous.GetAsync($"{PublicApi}/programmes/{programme}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Search_finds_Yolochka_by_yelochka_by_a_word_prefix_and_in_any_case()
    {
        var (_, municipality) = await Given.Territory();
        var school = await Given.Organization(municipality.Id, "МБОУ СОШ № 5");
        var kindergarten = await Given.Organization(municipality.Id, "Центр развития «Ёлочка»", "AdditionalEducation");
        await Given.PublicProgramme(school.Id, "Наставничество «Ёлочка»: старшие – младшим");
        await Given.PublicProgramme(kindergarten.Id, "Круги наставничества");
        await Given.PublicProgramme(school.Id, "Программа «Сосновый бор»", description: "Профориентация старшеклассников");
        await Given.PublicProgramme(school.Id, "Скрытая «Ёлочка»", published: false);

        // The first by its title, the second by its organisation's name.
        var expected = new[] { "Круги наставничества", "Наставничество «Ёлочка»: старшие – младшим" };
        (await SearchAsync("елочка")).Should().Equal(expected);
        (await SearchAsync("ЁЛОЧКА")).Should().Equal(expected);
        (await SearchAsync("ёлоч")).Should().Equal(expected);
        (await SearchAsync("«Елочка»")).Should().Equal(expected);
        (await SearchAsync("елочка старш")).Should().Equal("Наставничество «Ёлочка»: старшие – младшим");
        (await SearchAsync("профориент")).Should().Equal("Программа «Сосновый бор»");

        // A prefix of a word, not any part of it.
        (await SearchAsync("лочка")).Should().BeEmpty();
        (await SearchAsync("бор сосн")).Should().Equal("Программа «Сосновый бор»");
    }

    [Test]
    public async Task Programmes_filter_by_region_municipality_kind_form_format_and_academic_year()
    {
        var irkutsk = await Given.Region("38", "Иркутская область");
        var kuban = await Given.Region("23", "Краснодарский край");
        var angarsk = await Given.Municipality(irkutsk.Id, "Ангарск");
        var bratsk = await Given.Municipality(irkutsk.Id, "Братск");
        var armavir = await Given.Municipality(kuban.Id, "Армавир");
        var angarskSchool = await Given.Organization(angarsk.Id);
        var bratskCollege = await Given.Organization(bratsk.Id, "Братский колледж", "VocationalCollege");
        var armavirSchool = await Given.Organization(armavir.Id);
        await Given.PublicProgramme(angarskSchool.Id, "А: ученик–ученик", forms: [MentoringForm.PupilPupil], formats: [MentoringFormat.Group]);
        await Given.PublicProgramme(bratskCollege.Id, "Б: работодатель–студент", forms: [MentoringForm.EmployerStudent], formats: [MentoringFormat.OneToOne], startYear: 2023, endYear: 2025);
        await Given.PublicProgramme(armavirSchool.Id, "В: учитель–учитель", forms: [MentoringForm.TeacherTeacher, MentoringForm.PupilPupil], startYear: 2023);

        (await TitlesAsync($"regionId={irkutsk.Id}")).Should().Equal("А: ученик–ученик", "Б: работодатель–студент");
        (await TitlesAsync($"municipalityId={bratsk.Id}")).Should().Equal("Б: работодатель–студент");
        (await TitlesAsync("organizationKind=VocationalCollege")).Should().Equal("Б: работодатель–студент");
        (await TitlesAsync("form=PupilPupil")).Should().Equal("А: ученик–ученик", "В: учитель–учитель");
        (await TitlesAsync("format=Group")).Should().Equal("А: ученик–ученик");
        (await TitlesAsync("academicYear=2023/2024")).Should().Equal("Б: работодатель–студент", "В: учитель–учитель");
        (await TitlesAsync("academicYear=2025/2026")).Should().Equal("Б: работодатель–студент");
        (await TitlesAsync($"regionId={irkutsk.Id}&form=PupilPupil")).Should().Equal("А: ученик–ученик");

        var item = (await Anonymous.GetPublicAsync<PagedList<PublicProgrammeSummaryDto>>($"/programmes?municipalityId={bratsk.Id}")).Items.Single();
        item.Should().BeEquivalentTo(new
        {
            OrganizationName = "Братский колледж",
            OrganizationKind = OrganizationKind.VocationalCollege,
            MunicipalityName = "Братск",
            RegionId = irkutsk.Id,
            RegionName = "Иркутская область",
            Forms = new[] { MentoringForm.EmployerStudent },
            Formats = new[] { MentoringFormat.OneToOne },
            Stage = ProgrammeStage.LaunchConditions,
        });
        item.StartYear.ToString().Should().Be("2023/2024");
        item.EndYear.ToString().Should().Be("2025/2026");
    }

    [Test]
    public async Task Pages_of_programmes_are_stable_and_cover_every_item_once()
    {
        var (_, municipality) = await Given.Territory();
        var school = await Given.Organization(municipality.Id);
        for (var i = 0; i < 7; i++)
        {
            await Given.PublicProgramme(school.Id, "Одно и то же название");
        }

        await Given.PublicProgramme(school.Id, "Другое название");

        var seen = new List<Guid>();
        for (var page = 1; page <= 3; page++)
        {
            var result = await Anonymous.GetPublicAsync<PagedList<PublicProgrammeSummaryDto>>($"/programmes?page={page}&pageSize=3");
            result.TotalCount.Should().Be(8);
            seen.AddRange(result.Items.Select(p => p.Id));
        }

        seen.Should().HaveCount(8).And.OnlyHaveUniqueItems();
        (await Anonymous.GetPublicAsync<PagedList<PublicProgrammeSummaryDto>>("/programmes?page=1&pageSize=8")).Items.Select(p => p.Id).Should().Equal(seen);
    }

    [Test]
    public async Task A_programme_shows_its_organisation_partners_forms_tasks_stage_and_organisation_contacts_but_no_person()
    {
        var (region, municipality) = await Given.Territory();
        var school = await Given.Organization(municipality.Id, "МАОУ «Лицей № 2»");
        var contacts = await PutAsync($"{Api}/organizations/{school.Id}", new
        {
            municipalityId = municipality.Id, name = "МАОУ «Лицей № 2»", kind = "GeneralEducationSchool", isRural = true,
            address = "г. Ангарск, ул. Ленина, 1", email = "licey2@example.ru", phone = "+7 3955 00-00-00", website = "https://licey2.example.ru",
        });
        contacts.StatusCode.Should().Be(HttpStatusCode.OK, await contacts.Content.ReadAsStringAsync());
        var employer = await Given.Organization(municipality.Id, "ПАО «Энергия»", "Employer");
        var entrepreneur = await Given.Organization(municipality.Id, "ИП Петров Пётр Петрович", "IndividualEntrepreneur");
        var programme = await Given.PublicProgramme(
            school.Id,
            "Профессиональный старт",
            description: "Наставничество для старшеклассников",
            forms: [MentoringForm.EmployerPupil, MentoringForm.PupilPupil],
            formats: [MentoringFormat.Group],
            tasks: [("Профориентация", "Каждый второй выбрал профиль"), ("Адаптация пятиклассников", null)],
            partners: [(employer.Id, "стажировки"), (entrepreneur.Id, "мастер-классы")]);

        var response = await Anonymous.GetAsync($"{PublicApi}/programmes/{programme}");

        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        body.Should().NotContain("Иванова").And.NotContain("Петров", "an individual entrepreneur is a person");
        var dto = await ReadAsync<PublicProgrammeDto>(response);
        dto.Should().BeEquivalentTo(new
        {
            Id = programme,
            Title = "Профессиональный старт",
            Description = "Наставничество для старшеклассников",
            Stage = ProgrammeStage.LaunchConditions,
            StageTitle = "Подготовка условий для запуска программы наставничества",
            Status = ProgrammeStatus.Active,
            Organization = new
            {
                school.Id,
                Name = "МАОУ «Лицей № 2»",
                MunicipalityName = municipality.Name,
                RegionId = region.Id,
                RegionName = region.Name,
                IsRural = true,
                OrganizationContacts = new { Email = "licey2@example.ru", Phone = "+7 3955 00-00-00", Website = "https://licey2.example.ru", Address = "г. Ангарск, ул. Ленина, 1" },
            },
            Partners = new[] { new { OrganizationId = employer.Id, Name = "ПАО «Энергия»", Kind = OrganizationKind.Employer, Role = "стажировки" } },
            Forms = new[] { new { Code = MentoringForm.PupilPupil, Title = "Ученик – ученик" }, new { Code = MentoringForm.EmployerPupil, Title = "Работодатель – ученик" } },
            Formats = new[] { new { Code = MentoringFormat.Group, Title = "Групповое («круги наставничества»)" } },
            Tasks = new[] { new { Text = "Профориентация", ExpectedResult = (string?)"Каждый второй выбрал профиль" }, new { Text = "Адаптация пятиклассников", ExpectedResult = (string?)null } },
        }, options => options.WithoutStrictOrdering().ExcludingMissingMembers());

        using var english = new HttpRequestMessage(HttpMethod.Get, $"{PublicApi}/programmes/{programme}");
        english.Headers.AcceptLanguage.ParseAdd("en");
        (await ReadAsync<PublicProgrammeDto>(await Client.SendAsync(english))).StageTitle.Should().Be("Launch conditions");
    }

    private async Task<IReadOnlyList<string>> SearchAsync(string search) =>
        (await Anonymous.GetPublicAsync<PagedList<PublicProgrammeSummaryDto>>($"/programmes?search={Uri.EscapeDataString(search)}")).Items.Select(p => p.Title).ToList();

    private async Task<IReadOnlyList<string>> TitlesAsync(string query) =>
        (await Anonymous.GetPublicAsync<PagedList<PublicProgrammeSummaryDto>>($"/programmes?{query}")).Items.Select(p => p.Title).ToList();
}
