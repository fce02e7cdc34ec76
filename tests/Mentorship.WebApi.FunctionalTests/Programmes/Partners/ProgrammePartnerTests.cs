using System.Net;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Programmes.Queries.GetProgramme;
using Mentorship.Application.Public.Partners.Queries.GetPublicPartners;
using Mentorship.Application.Public.Programmes.Queries.GetPublicProgramme;
using Mentorship.Domain.Auditing;
using Mentorship.Domain.Common;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.WebApi.FunctionalTests.Programmes.Partners;

/// <summary>Issue 14, item 1: a curator records the partners of a programme; the open resource shows them while it is published.</summary>
public sealed class ProgrammePartnerTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private const string EmployerInn = "7707083893";

    private Guid _school;
    private Guid _municipality;

    [SetUp]
    public async Task CreateSchool()
    {
        var (_, municipality) = await Given.Territory();
        _municipality = municipality.Id;
        _school = (await Given.Organization(_municipality, "МБОУ СОШ № 7")).Id;
    }

    [Test]
    public async Task A_partner_added_by_inn_shows_on_the_programme_and_the_open_resource_with_its_role_and_removal_hides_it()
    {
        var programme = await Given.PublicProgramme(_school, "Шаг в профессию");
        AsCurator(_school);
        (await OkAsync<PagedList<PublicPartnerDto>>(await Anonymous.GetAsync($"{PublicApi}/partners"))).Items.Should().BeEmpty();

        var added = await OkAsync<ProgrammeDto>(await PostAsync($"{Api}/programmes/{programme}/partners", new
        {
            inn = EmployerInn, name = "ООО «Ангарский завод»", kind = "Employer", role = "Экскурсии на производство",
        }));
        var partner = added.Partners.Should().ContainSingle().Which;
        partner.Should().BeEquivalentTo(new { Name = "ООО «Ангарский завод»", Kind = OrganizationKind.Employer, Inn = EmployerInn, Role = "Экскурсии на производство" });

        var shown = (await OkAsync<PagedList<PublicPartnerDto>>(await Anonymous.GetAsync($"{PublicApi}/partners"))).Items.Should().ContainSingle().Which;
        shown.Id.Should().Be(partner.OrganizationId);
        shown.Programmes.Should().ContainSingle().Which.Role.Should().Be("Экскурсии на производство");
        (await OkAsync<PublicProgrammeDto>(await Anonymous.GetAsync($"{PublicApi}/programmes/{programme}"))).Partners
            .Should().ContainSingle().Which.Role.Should().Be("Экскурсии на производство");

        var changed = await OkAsync<ProgrammeDto>(await PutAsync($"{Api}/programmes/{programme}/partners/{partner.OrganizationId}", new { role = "Наставники-инженеры" }));
        changed.Partners.Single().Role.Should().Be("Наставники-инженеры");
        (await OkAsync<PagedList<PublicPartnerDto>>(await Anonymous.GetAsync($"{PublicApi}/partners"))).Items.Single().Programmes.Single().Role
            .Should().Be("Наставники-инженеры", "the change evicts the cached public answer");

        var removed = await OkAsync<ProgrammeDto>(await Client.DeleteAsync($"{Api}/programmes/{programme}/partners/{partner.OrganizationId}"));
        removed.Partners.Should().BeEmpty();
        (await OkAsync<PagedList<PublicPartnerDto>>(await Anonymous.GetAsync($"{PublicApi}/partners"))).Items.Should().BeEmpty();
        (await OkAsync<PublicProgrammeDto>(await Anonymous.GetAsync($"{PublicApi}/programmes/{programme}"))).Partners.Should().BeEmpty();

        var audit = await QueryAsync(db => db.AuditEntries.Where(e => e.EntityType == "ProgrammePartner").OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => e.Action).ToListAsync());
        audit.Should().Equal(AuditAction.Create, AuditAction.Update, AuditAction.Delete);
    }

    [Test]
    public async Task A_partner_of_an_unpublished_programme_stays_off_the_open_resource()
    {
        var programme = await Given.PublicProgramme(_school, "Черновик", published: false);
        var employer = await Given.Organization(_municipality, "ООО «Байкал»", "Employer", EmployerInn);
        AsCurator(_school);
        await OkAsync<ProgrammeDto>(await PostAsync($"{Api}/programmes/{programme}/partners", new { organizationId = employer.Id }));

        (await OkAsync<ProgrammeDto>(await Client.GetAsync($"{Api}/programmes/{programme}"))).Partners.Should().ContainSingle().Which.OrganizationId.Should().Be(employer.Id);
        (await OkAsync<PagedList<PublicPartnerDto>>(await Anonymous.GetAsync($"{PublicApi}/partners"))).Items.Should().BeEmpty();
    }

    [Test]
    public async Task The_same_organisation_is_a_partner_once_whether_named_by_id_or_found_by_inn()
    {
        var programme = await Given.PublicProgramme(_school, "Вместе");
        var employer = await Given.Organization(_municipality, "ООО «Байкал»", "Employer", EmployerInn);
        AsCurator(_school);
        await OkAsync<ProgrammeDto>(await PostAsync($"{Api}/programmes/{programme}/partners", new { organizationId = employer.Id, role = "Профпробы" }));

        var again = await ProblemAsync(await PostAsync($"{Api}/programmes/{programme}/partners", new { inn = EmployerInn }), HttpStatusCode.Conflict);
        again.Code.Should().Be(ErrorCodes.Programme.PartnerDuplicate);
        again.ErrorCodes!["organizationId"].Should().Equal(ErrorCodes.Programme.PartnerDuplicate);
        (await CountAsync<Organization>()).Should().Be(2, "the INN found the registered organisation instead of creating another");

        var itself = await ProblemAsync(await PostAsync($"{Api}/programmes/{programme}/partners", new { organizationId = _school }), HttpStatusCode.BadRequest);
        itself.ErrorCodes!["organizationId"].Should().Equal(ErrorCodes.Programme.PartnerIsOwner);
    }

    [Test]
    public async Task Bad_partner_input_is_refused_on_the_field_at_fault()
    {
        var programme = await Given.PublicProgramme(_school, "Вместе");
        AsCurator(_school);
        var url = $"{Api}/programmes/{programme}/partners";

        var badInn = await ProblemAsync(await PostAsync(url, new { inn = "7707083890", name = "ООО «Ошибка»", kind = "Employer" }), HttpStatusCode.BadRequest);
        badInn.ErrorCodes!.Should().ContainKey("inn").WhoseValue.Should().Equal(ErrorCodes.Organization.InvalidInn);

        var both = await ProblemAsync(await PostAsync(url, new { organizationId = _school, inn = EmployerInn }), HttpStatusCode.BadRequest);
        both.ErrorCodes!["organizationId"].Should().Equal(ErrorCodes.Partners.OrganizationOrInn);
        var neither = await ProblemAsync(await PostAsync(url, new { role = "Без партнёра" }), HttpStatusCode.BadRequest);
        neither.ErrorCodes!["organizationId"].Should().Equal(ErrorCodes.Partners.OrganizationOrInn);

        var unnamed = await ProblemAsync(await PostAsync(url, new { inn = EmployerInn, kind = "Employer" }), HttpStatusCode.BadRequest);
        unnamed.ErrorCodes!["name"].Should().Equal(ErrorCodes.Partners.NameRequired);
        var unknown = await ProblemAsync(await PostAsync(url, new { organizationId = Guid.CreateVersion7() }), HttpStatusCode.BadRequest);
        unknown.ErrorCodes!["organizationId"].Should().Equal(ErrorCodes.Common.NotFound);
        await ProblemAsync(await PutAsync($"{url}/{Guid.CreateVersion7()}", new { role = "Нет такого" }), HttpStatusCode.NotFound);
        (await CountAsync<Organization>()).Should().Be(1, "no refused request created an organisation");
    }

    [Test]
    public async Task Another_organisations_curator_does_not_find_the_programme_to_change_its_partners()
    {
        var programme = await Given.PublicProgramme(_school, "Вместе");
        var employer = await Given.Organization(_municipality, "ООО «Байкал»", "Employer", EmployerInn);
        var other = (await Given.Organization(_municipality, "МБОУ СОШ № 9")).Id;
        AsCurator(_school);
        await OkAsync<ProgrammeDto>(await PostAsync($"{Api}/programmes/{programme}/partners", new { organizationId = employer.Id }));

        AsCurator(other);
        await ProblemAsync(await PostAsync($"{Api}/programmes/{programme}/partners", new { organizationId = other }), HttpStatusCode.NotFound);
        await ProblemAsync(await PutAsync($"{Api}/programmes/{programme}/partners/{employer.Id}", new { role = "Чужое" }), HttpStatusCode.NotFound);
        await ProblemAsync(await Client.DeleteAsync($"{Api}/programmes/{programme}/partners/{employer.Id}"), HttpStatusCode.NotFound);

        AsCurator(_school);
        (await OkAsync<ProgrammeDto>(await Client.GetAsync($"{Api}/programmes/{programme}"))).Partners.Single().Role.Should().BeNull();
    }
}
