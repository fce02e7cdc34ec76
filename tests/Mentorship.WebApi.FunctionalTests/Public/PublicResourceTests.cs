using System.Net;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Public.Indicators.Queries.GetPublicIndicators;
using Mentorship.Application.Public.Organizations;
using Mentorship.Application.Public.Organizations.Queries.GetPublicOrganizations;
using Mentorship.Application.Public.Partners.Queries.GetPublicPartners;
using Mentorship.Application.Public.Practices.Queries.GetPublicPractices;
using Mentorship.Application.Public.Programmes.Queries.GetPublicProgramme;
using Mentorship.Application.Public.Programmes.Queries.GetPublicProgrammes;
using Mentorship.Domain.Monitoring;
using Mentorship.Domain.Programmes;
using Mentorship.Domain.Territory;
using Mentorship.Infrastructure.Persistence;
using Mentorship.WebApi.FunctionalTests.Infrastructure;

namespace Mentorship.WebApi.FunctionalTests.Public;

[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.PostgreSql)]
public sealed class PublicResourceTests(DatabaseProvider provider) : PublicTestBase(provider)
{
    [Test]
    public async Task Unpublished_programmes_and_cases_never_appear()
    {
        var (_, municipality) = await CreateTerritoryAsync();
        var school = await CreateOrganizationAsync(municipality.Id, "МБОУ СОШ № 1");
        var quietSchool = await CreateOrganizationAsync(municipality.Id, "МБОУ СОШ № 2");
        var employer = await CreateOrganizationAsync(municipality.Id, "АО «Завод»", "Employer");
        var university = await CreateOrganizationAsync(municipality.Id, "Университет", "HigherEducation");
        var published = await SeedProgrammeAsync(school.Id, "Открытая программа", partners: [(employer.Id, "экскурсии на производство")]);
        var draft = await SeedProgrammeAsync(school.Id, "Черновик программы", published: false, partners: [(university.Id, "лекции")]);
        await SeedProgrammeAsync(quietSchool.Id, "Программа второй школы", published: false);
        await SeedCaseAsync(published, "Опубликованный кейс");
        await SeedCaseAsync(published, "Неопубликованный кейс", published: false);
        await SeedCaseAsync(draft, "Кейс черновика");

        var programmes = await GetAsync<PagedList<PublicProgrammeSummaryDto>>("/programmes");
        programmes.Items.Select(p => p.Title).Should().Equal("Открытая программа");
        (await Anonymous.GetAsync($"{PublicApi}/programmes/{draft}")).StatusCode.Should().Be(HttpStatusCode.NotFound);

        var partners = await GetAsync<PagedList<PublicPartnerDto>>("/partners");
        partners.Items.Should().ContainSingle().Which.Should().BeEquivalentTo(new { employer.Id, Name = "АО «Завод»", Kind = OrganizationKind.Employer });
        partners.Items[0].Programmes.Select(p => (p.Title, p.Role)).Should().Equal(("Открытая программа", "экскурсии на производство"));

        var practices = await GetAsync<PagedList<PublicPracticeDto>>("/practices");
        practices.Items.Select(p => p.Title).Should().Equal("Опубликованный кейс");

        var organizations = await GetAsync<PagedList<PublicOrganizationDto>>("/organizations?search=МБОУ");
        organizations.Items.Select(o => (o.Name, o.RunsProgrammeThisYear)).Should().Equal(("МБОУ СОШ № 1", true), ("МБОУ СОШ № 2", false));
        (await GetAsync<PagedList<PublicOrganizationDto>>("/organizations?runsProgrammeThisYear=true")).Items.Select(o => o.Name).Should().Equal("МБОУ СОШ № 1");
    }

    [Test]
    public async Task Unpublishing_a_programme_takes_it_and_its_cases_off_the_resource()
    {
        var (_, municipality) = await CreateTerritoryAsync();
        var school = await CreateOrganizationAsync(municipality.Id);
        var programme = await SeedProgrammeAsync(school.Id, "Программа");
        await SeedCaseAsync(programme, "Кейс");
        (await GetAsync<PagedList<PublicPracticeDto>>("/practices")).TotalCount.Should().Be(1);

        var response = await PostAsync($"{Api}/programmes/{programme}/unpublish", new { });

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await GetAsync<PagedList<PublicProgrammeSummaryDto>>("/programmes")).TotalCount.Should().Be(0);
        (await GetAsync<PagedList<PublicPracticeDto>>("/practices")).TotalCount.Should().Be(0);
        (await Anonymous.GetAsync($"{PublicApi}/programmes/{programme}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Search_finds_Yolochka_by_yelochka_by_a_word_prefix_and_in_any_case()
    {
        var (_, municipality) = await CreateTerritoryAsync();
        var school = await CreateOrganizationAsync(municipality.Id, "МБОУ СОШ № 5");
        var kindergarten = await CreateOrganizationAsync(municipality.Id, "Центр развития «Ёлочка»", "AdditionalEducation");
        await SeedProgrammeAsync(school.Id, "Наставничество «Ёлочка»: старшие – младшим");
        await SeedProgrammeAsync(kindergarten.Id, "Круги наставничества");
        await SeedProgrammeAsync(school.Id, "Программа «Сосновый бор»", description: "Профориентация старшеклассников");
        await SeedProgrammeAsync(school.Id, "Скрытая «Ёлочка»", published: false);

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
        var irkutsk = await CreateRegionAsync("38", "Иркутская область");
        var kuban = await CreateRegionAsync("23", "Краснодарский край");
        var angarsk = await CreateMunicipalityAsync(irkutsk.Id, "Ангарск");
        var bratsk = await CreateMunicipalityAsync(irkutsk.Id, "Братск");
        var armavir = await CreateMunicipalityAsync(kuban.Id, "Армавир");
        var angarskSchool = await CreateOrganizationAsync(angarsk.Id);
        var bratskCollege = await CreateOrganizationAsync(bratsk.Id, "Братский колледж", "VocationalCollege");
        var armavirSchool = await CreateOrganizationAsync(armavir.Id);
        await SeedProgrammeAsync(angarskSchool.Id, "А: ученик–ученик", forms: [MentoringForm.PupilPupil], formats: [MentoringFormat.Group]);
        await SeedProgrammeAsync(bratskCollege.Id, "Б: работодатель–студент", forms: [MentoringForm.EmployerStudent], formats: [MentoringFormat.OneToOne], startYear: 2023, endYear: 2025);
        await SeedProgrammeAsync(armavirSchool.Id, "В: учитель–учитель", forms: [MentoringForm.TeacherTeacher, MentoringForm.PupilPupil], startYear: 2023);

        (await TitlesAsync($"regionId={irkutsk.Id}")).Should().Equal("А: ученик–ученик", "Б: работодатель–студент");
        (await TitlesAsync($"municipalityId={bratsk.Id}")).Should().Equal("Б: работодатель–студент");
        (await TitlesAsync("organizationKind=VocationalCollege")).Should().Equal("Б: работодатель–студент");
        (await TitlesAsync("form=PupilPupil")).Should().Equal("А: ученик–ученик", "В: учитель–учитель");
        (await TitlesAsync("format=Group")).Should().Equal("А: ученик–ученик");
        (await TitlesAsync("academicYear=2023/2024")).Should().Equal("Б: работодатель–студент", "В: учитель–учитель");
        (await TitlesAsync("academicYear=2025/2026")).Should().Equal("Б: работодатель–студент");
        (await TitlesAsync($"regionId={irkutsk.Id}&form=PupilPupil")).Should().Equal("А: ученик–ученик");

        var item = (await GetAsync<PagedList<PublicProgrammeSummaryDto>>($"/programmes?municipalityId={bratsk.Id}")).Items.Single();
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
        var (_, municipality) = await CreateTerritoryAsync();
        var school = await CreateOrganizationAsync(municipality.Id);
        for (var i = 0; i < 7; i++)
        {
            await SeedProgrammeAsync(school.Id, "Одно и то же название");
        }

        await SeedProgrammeAsync(school.Id, "Другое название");

        var seen = new List<Guid>();
        for (var page = 1; page <= 3; page++)
        {
            var result = await GetAsync<PagedList<PublicProgrammeSummaryDto>>($"/programmes?page={page}&pageSize=3");
            result.TotalCount.Should().Be(8);
            seen.AddRange(result.Items.Select(p => p.Id));
        }

        seen.Should().HaveCount(8).And.OnlyHaveUniqueItems();
        (await GetAsync<PagedList<PublicProgrammeSummaryDto>>("/programmes?page=1&pageSize=8")).Items.Select(p => p.Id).Should().Equal(seen);
    }

    [Test]
    public async Task A_programme_shows_its_organisation_partners_forms_tasks_stage_and_organisation_contacts_but_no_person()
    {
        var (region, municipality) = await CreateTerritoryAsync();
        var school = await CreateOrganizationAsync(municipality.Id, "МАОУ «Лицей № 2»");
        var contacts = await PutAsync($"{Api}/organizations/{school.Id}", new
        {
            municipalityId = municipality.Id, name = "МАОУ «Лицей № 2»", kind = "GeneralEducationSchool", isRural = true,
            address = "г. Ангарск, ул. Ленина, 1", email = "licey2@example.ru", phone = "+7 3955 00-00-00", website = "https://licey2.example.ru",
        });
        contacts.StatusCode.Should().Be(HttpStatusCode.OK, await contacts.Content.ReadAsStringAsync());
        var employer = await CreateOrganizationAsync(municipality.Id, "ПАО «Энергия»", "Employer");
        var entrepreneur = await CreateOrganizationAsync(municipality.Id, "ИП Петров Пётр Петрович", "IndividualEntrepreneur");
        var programme = await SeedProgrammeAsync(
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

    [Test]
    public async Task Organisations_are_searched_by_folded_name_and_individual_entrepreneurs_are_not_listed()
    {
        var (_, municipality) = await CreateTerritoryAsync();
        await CreateOrganizationAsync(municipality.Id, "Детский центр «Ёлочка»", "AdditionalEducation");
        await CreateOrganizationAsync(municipality.Id, "МБОУ СОШ № 7");
        await CreateOrganizationAsync(municipality.Id, "ИП Ёлкин Иван Иванович", "IndividualEntrepreneur");

        var found = await GetAsync<PagedList<PublicOrganizationDto>>("/organizations?search=елоч");

        found.Items.Select(o => o.Name).Should().Equal("Детский центр «Ёлочка»");
        (await GetAsync<PagedList<PublicOrganizationDto>>("/organizations")).TotalCount.Should().Be(2);
        (await GetAsync<PagedList<PublicOrganizationDto>>("/organizations?kind=IndividualEntrepreneur")).TotalCount.Should().Be(0);
    }

    [Test]
    public async Task Indicators_hide_figures_of_groups_smaller_than_the_minimum()
    {
        var (region, municipality) = await CreateTerritoryAsync();
        var small = await CreateMunicipalityAsync(region.Id, "Маленький посёлок");
        var school = await CreateOrganizationAsync(municipality.Id);
        await SeedIndicatorAsync(MonitoringLevel.Region, region.Id, 2024, Indicator.PupilsMentored, 1100, 10371, 10m);
        await SeedIndicatorAsync(MonitoringLevel.Municipality, municipality.Id, 2024, Indicator.PupilsMentored, 1037, 3000, 35m);
        await SeedIndicatorAsync(MonitoringLevel.Municipality, small.Id, 2024, Indicator.PupilsMentored, 3, 40, 35m);
        await SeedIndicatorAsync(MonitoringLevel.Municipality, small.Id, 2024, Indicator.YoungTeachersMentored, 10, 12, 70m);
        await SeedIndicatorAsync(MonitoringLevel.Municipality, small.Id, 2024, Indicator.Mentors, 4);
        await SeedIndicatorAsync(MonitoringLevel.Municipality, small.Id, 2024, Indicator.OrganizationsWithProgramme, 1, 2, 60m);
        await SeedIndicatorAsync(MonitoringLevel.Organization, school.Id, 2024, Indicator.PupilsMentored, 500, 900);
        await SeedIndicatorAsync(MonitoringLevel.Region, region.Id, 2024, Indicator.Mentees, 40, breakdown: "rural");

        var all = await GetAsync<PagedList<PublicIndicatorDto>>($"/indicators?regionId={region.Id}&year=2024");

        all.Items.Should().NotContain(i => i.Level == MonitoringLevel.Organization, "organisations are never shown one by one");
        all.Items.Should().NotContain(i => i.Breakdown == "rural", "breakdowns only when asked for");
        all.Items.Should().HaveCount(6);
        all.Items[0].Should().BeEquivalentTo(new
        {
            Level = MonitoringLevel.Region, UnitName = region.Name, Numerator = 1100, Denominator = 10371, Value = 10.6m, TargetCount = 1037, Met = true, Suppressed = false,
        });
        var ofSmall = all.Items.Where(i => i.UnitId == small.Id).ToDictionary(i => i.Indicator);
        ofSmall[Indicator.PupilsMentored].Should().BeEquivalentTo(new
        {
            UnitName = "Маленький посёлок", Numerator = (int?)null, Value = (decimal?)null, Met = (bool?)null, Denominator = 40, Suppressed = true,
        });
        ofSmall[Indicator.YoungTeachersMentored].Should().BeEquivalentTo(new { Numerator = (int?)null, Value = (decimal?)null, Suppressed = true }, "2 of 12 left out is a group small enough to recognise");
        ofSmall[Indicator.Mentors].Should().BeEquivalentTo(new { Numerator = (int?)null, Value = (decimal?)null, Suppressed = true });
        ofSmall[Indicator.OrganizationsWithProgramme].Should().BeEquivalentTo(new { Numerator = 1, Value = 50.0m, Suppressed = false }, "organisations are not persons");

        var municipal = await GetAsync<PagedList<PublicIndicatorDto>>($"/indicators?municipalityId={municipality.Id}");
        municipal.Items.Should().ContainSingle().Which.Value.Should().Be(34.6m, "1037 / 3000 = 34.5666… shown to one decimal");
        (await GetAsync<PagedList<PublicIndicatorDto>>($"/indicators?regionId={region.Id}&includeBreakdowns=true&indicator=Mentees")).Items
            .Should().ContainSingle().Which.Should().BeEquivalentTo(new { Breakdown = "rural", Numerator = 40 });
    }

    [Test]
    public async Task Bad_public_queries_answer_400_with_the_field()
    {
        var tooLarge = await ProblemAsync(await Anonymous.GetAsync($"{PublicApi}/programmes?pageSize=500"), HttpStatusCode.BadRequest);
        tooLarge.Errors.Should().ContainKey("pageSize");
        var badForm = await ProblemAsync(await Anonymous.GetAsync($"{PublicApi}/programmes?form=Nope"), HttpStatusCode.BadRequest);
        badForm.Errors.Should().ContainKey("form");
        var badYear = await ProblemAsync(await Anonymous.GetAsync($"{PublicApi}/programmes?academicYear=2024"), HttpStatusCode.BadRequest);
        badYear.Errors.Should().ContainKey("academicYear");
        var organisations = await ProblemAsync(await Anonymous.GetAsync($"{PublicApi}/indicators?level=Organization"), HttpStatusCode.BadRequest);
        organisations.Errors.Should().ContainKey("level");
    }

    private async Task<T> GetAsync<T>(string path)
    {
        var response = await Anonymous.GetAsync(PublicApi + path);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await ReadAsync<T>(response);
    }

    private async Task<IReadOnlyList<string>> SearchAsync(string search) =>
        (await GetAsync<PagedList<PublicProgrammeSummaryDto>>($"/programmes?search={Uri.EscapeDataString(search)}")).Items.Select(p => p.Title).ToList();

    private async Task<IReadOnlyList<string>> TitlesAsync(string query) =>
        (await GetAsync<PagedList<PublicProgrammeSummaryDto>>($"/programmes?{query}")).Items.Select(p => p.Title).ToList();
}
