using System.Net;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Documents.Queries.GetDocument;
using Mentorship.Application.Programmes.Queries.GetProgramme;
using Mentorship.Domain.Auditing;
using Mentorship.Domain.Common;
using Mentorship.Domain.Documents;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.WebApi.FunctionalTests.Documents;

/// <summary>Issue 14, item 2: documents of an organisation, a programme and a municipality, each within its readers' scope.</summary>
public sealed class DocumentTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private Guid _region;
    private Guid _municipality;
    private Guid _otherMunicipality;
    private Guid _school;
    private Guid _otherSchool;

    [SetUp]
    public async Task CreateTerritory()
    {
        var (region, municipality) = await Given.Territory();
        _region = region.Id;
        _municipality = municipality.Id;
        _otherMunicipality = (await Given.Municipality(_region, "Усольский район")).Id;
        _school = (await Given.Organization(_municipality, "МБОУ СОШ № 7")).Id;
        _otherSchool = (await Given.Organization(_otherMunicipality, "МБОУ СОШ № 1")).Id;
    }

    [Test]
    public async Task A_curator_keeps_the_organisations_documents_and_another_organisation_does_not_see_them()
    {
        AsCurator(_school);
        var url = $"{Api}/organizations/{_school}/documents";
        var created = await PostAsync(url, new { kind = "MentorsOrder", number = "12-од", date = "2024-09-05", fileReference = "https://school7.example.org/orders/12.pdf", approvedBy = "Директор Петров П. П." });
        var order = await OkAsync<DocumentDto>(created, HttpStatusCode.Created);
        created.Headers.Location!.ToString().Should().EndWith($"/organizations/{_school}/documents/{order.Id}");
        order.Should().BeEquivalentTo(new { Level = DocumentLevel.Organization, OwnerId = _school, Kind = NormativeDocumentKind.MentorsOrder, Number = "12-од", ApprovedBy = "Директор Петров П. П." });
        await OkAsync<DocumentDto>(await PostAsync(url, new { kind = "Other", title = "Положение о конкурсе «Наставник года»", date = "2024-10-01" }), HttpStatusCode.Created);

        var page = await OkAsync<PagedList<DocumentDto>>(await Client.GetAsync($"{url}?pageSize=1"));
        page.TotalCount.Should().Be(2);
        page.Items.Single().Kind.Should().Be(NormativeDocumentKind.Other, "newest first");
        (await OkAsync<PagedList<DocumentDto>>(await Client.GetAsync($"{url}?kind=MentorsOrder"))).Items.Should().ContainSingle().Which.Id.Should().Be(order.Id);

        var updated = await OkAsync<DocumentDto>(await PutAsync($"{url}/{order.Id}", new { kind = "MentorsOrder", number = "12/1-од", date = "2024-09-06", fileReference = "orders/12-1.pdf" }));
        updated.Should().BeEquivalentTo(new { Number = "12/1-од", Date = new DateOnly(2024, 9, 6), FileReference = "orders/12-1.pdf", ApprovedBy = (string?)null });

        AsCurator(_otherSchool);
        await ProblemAsync(await Client.GetAsync(url), HttpStatusCode.NotFound);
        await ProblemAsync(await Client.GetAsync($"{url}/{order.Id}"), HttpStatusCode.NotFound);
        await ProblemAsync(await PostAsync(url, new { kind = "Regulation", date = "2024-09-01" }), HttpStatusCode.NotFound);
        await ProblemAsync(await Client.DeleteAsync($"{url}/{order.Id}"), HttpStatusCode.NotFound);

        AsMunicipalCoordinator(_municipality);
        (await OkAsync<PagedList<DocumentDto>>(await Client.GetAsync(url))).TotalCount.Should().Be(2);
        AsMunicipalCoordinator(_otherMunicipality);
        await ProblemAsync(await Client.GetAsync(url), HttpStatusCode.NotFound);

        AsCurator(_school);
        (await Client.DeleteAsync($"{url}/{order.Id}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        await ProblemAsync(await Client.GetAsync($"{url}/{order.Id}"), HttpStatusCode.NotFound);
        var audit = await QueryAsync(db => db.AuditEntries.Where(e => e.EntityId == order.Id).OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => e.Action).ToListAsync());
        audit.Should().Equal(AuditAction.Create, AuditAction.Update, AuditAction.Delete);
    }

    [Test]
    public async Task A_documents_bad_requisites_are_refused_on_the_field_at_fault()
    {
        AsCurator(_school);
        var url = $"{Api}/organizations/{_school}/documents";

        var untitled = await ProblemAsync(await PostAsync(url, new { kind = "Other", date = "2024-09-01" }), HttpStatusCode.BadRequest);
        untitled.ErrorCodes!["title"].Should().Equal(ErrorCodes.Documents.TitleRequired);
        var municipal = await ProblemAsync(await PostAsync(url, new { kind = "MunicipalProgramme", date = "2024-09-01" }), HttpStatusCode.BadRequest);
        municipal.ErrorCodes!["kind"].Should().Equal(ErrorCodes.Documents.KindNotAtLevel);
        var badFile = await ProblemAsync(await PostAsync(url, new { kind = "Regulation", date = "2024-09-01", fileReference = "../../etc/passwd" }), HttpStatusCode.BadRequest);
        badFile.ErrorCodes!["fileReference"].Should().Equal(ErrorCodes.Programme.DocumentUrlInvalid);
        var ftp = await ProblemAsync(await PostAsync(url, new { kind = "Regulation", date = "2024-09-01", fileReference = "ftp://example.org/a.pdf" }), HttpStatusCode.BadRequest);
        ftp.ErrorCodes!["fileReference"].Should().Equal(ErrorCodes.Programme.DocumentUrlInvalid);
        var undated = await ProblemAsync(await PostAsync(url, new { kind = "Regulation" }), HttpStatusCode.BadRequest);
        undated.ErrorCodes!.Should().ContainKey("date");

        AsCurator(_school);
        var programme = await Given.Programme(_school);
        var roadmapOrder = await ProblemAsync(await PostAsync($"{Api}/programmes/{programme.Id}/documents", new { kind = "RoadmapOrder", date = "2024-09-01" }), HttpStatusCode.BadRequest);
        roadmapOrder.ErrorCodes!["kind"].Should().Equal(ErrorCodes.Documents.KindNotAtLevel);
        (await CountAsync<OfficialDocument>()).Should().Be(0);
    }

    [Test]
    public async Task Municipal_documents_are_listed_for_the_municipality_and_hidden_from_another_municipalitys_coordinator()
    {
        AsMunicipalCoordinator(_municipality);
        var url = $"{Api}/municipalities/{_municipality}/documents";
        var programme = await OkAsync<DocumentDto>(await PostAsync(url, new { kind = "MunicipalProgramme", number = "310", date = "2020-02-14", fileReference = "https://angarsk.example.org/mp.pdf", approvedBy = "Мэр Ангарского городского округа" }), HttpStatusCode.Created);
        await OkAsync<DocumentDto>(await PostAsync(url, new { kind = "MunicipalCoordinatorOrder", number = "311", date = "2020-02-15" }), HttpStatusCode.Created);
        await OkAsync<DocumentDto>(await PostAsync(url, new { kind = "RoadmapOrder", number = "312", date = "2020-02-16" }), HttpStatusCode.Created);
        var schoolKind = await ProblemAsync(await PostAsync(url, new { kind = "PairsOrder", date = "2020-02-16" }), HttpStatusCode.BadRequest);
        schoolKind.ErrorCodes!["kind"].Should().Equal(ErrorCodes.Documents.KindNotAtLevel);

        var listed = await OkAsync<PagedList<DocumentDto>>(await Client.GetAsync(url));
        listed.Items.Select(d => d.Kind).Should().Equal(NormativeDocumentKind.RoadmapOrder, NormativeDocumentKind.MunicipalCoordinatorOrder, NormativeDocumentKind.MunicipalProgramme);
        listed.Items.Should().OnlyContain(d => d.Level == DocumentLevel.Municipality && d.OwnerId == _municipality);

        AsRegionalCoordinator(_region);
        (await OkAsync<PagedList<DocumentDto>>(await Client.GetAsync(url))).TotalCount.Should().Be(3);

        AsCurator(_school);
        (await OkAsync<DocumentDto>(await Client.GetAsync($"{url}/{programme.Id}"))).Number.Should().Be("310");
        await ProblemAsync(await PostAsync(url, new { kind = "Other", title = "Самовольный", date = "2024-01-01" }), HttpStatusCode.Forbidden);
        await ProblemAsync(await Client.DeleteAsync($"{url}/{programme.Id}"), HttpStatusCode.Forbidden);

        AsMunicipalCoordinator(_otherMunicipality);
        await ProblemAsync(await Client.GetAsync(url), HttpStatusCode.NotFound);
        await ProblemAsync(await Client.GetAsync($"{url}/{programme.Id}"), HttpStatusCode.NotFound);
        await ProblemAsync(await PutAsync($"{url}/{programme.Id}", new { kind = "MunicipalProgramme", date = "2020-02-14" }), HttpStatusCode.NotFound);
        (await OkAsync<PagedList<DocumentDto>>(await Client.GetAsync($"{Api}/municipalities/{_otherMunicipality}/documents"))).TotalCount.Should().Be(0);

        AsCurator(_otherSchool);
        await ProblemAsync(await Client.GetAsync(url), HttpStatusCode.NotFound);
        (await CountAsync<OfficialDocument>()).Should().Be(3);
    }

    [Test]
    public async Task A_programmes_documents_of_every_kind_are_listed_and_changed_by_its_curator_only()
    {
        AsCurator(_school);
        var programme = await Given.Programme(_school);
        var url = $"{Api}/programmes/{programme.Id}/documents";
        foreach (var kind in new[] { "PairsOrder", "MentorsOrder", "ApprovalOrder", "FinalEventOrder" })
        {
            await OkAsync<ProgrammeDto>(await PostAsync(url, new { kind, number = $"{kind}-1", date = "2024-09-10" }));
        }

        var withOther = await OkAsync<ProgrammeDto>(await PostAsync(url, new { kind = "Other", title = "Протокол родительского собрания", date = "2024-09-11" }));
        withOther.DocumentKindsPresent.Should().Equal(
            NormativeDocumentKind.PairsOrder, NormativeDocumentKind.MentorsOrder, NormativeDocumentKind.ApprovalOrder, NormativeDocumentKind.FinalEventOrder, NormativeDocumentKind.Other);

        var page = await OkAsync<PagedList<DocumentDto>>(await Client.GetAsync($"{url}?page=1&pageSize=2"));
        page.TotalCount.Should().Be(5);
        page.Items.Should().HaveCount(2).And.OnlyContain(d => d.Level == DocumentLevel.Programme && d.OwnerId == programme.Id);
        var pairsOrder = withOther.Documents.Single(d => d.Kind == NormativeDocumentKind.PairsOrder);

        var changed = await OkAsync<ProgrammeDto>(await PutAsync($"{url}/{pairsOrder.Id}", new { kind = "PairsOrder", number = "45-од", date = "2024-10-01", approvedBy = "Директор" }));
        changed.Documents.Single(d => d.Id == pairsOrder.Id).Should().BeEquivalentTo(new { Number = "45-од", ApprovedBy = "Директор" });
        await ProblemAsync(await PutAsync($"{url}/{Guid.CreateVersion7()}", new { kind = "PairsOrder", date = "2024-10-01" }), HttpStatusCode.NotFound);
        var other = withOther.Documents.Single(d => d.Kind == NormativeDocumentKind.Other);
        (await OkAsync<ProgrammeDto>(await Client.DeleteAsync($"{url}/{other.Id}"))).DocumentKindsPresent.Should().NotContain(NormativeDocumentKind.Other);
        var audit = await QueryAsync(db => db.AuditEntries.Where(e => e.EntityType == nameof(NormativeDocument)).Select(e => e.Action).ToListAsync());
        audit.Should().HaveCount(7).And.ContainSingle(a => a == AuditAction.Update).And.ContainSingle(a => a == AuditAction.Delete);

        AsCurator(_otherSchool);
        await ProblemAsync(await Client.GetAsync(url), HttpStatusCode.NotFound);
        await ProblemAsync(await PutAsync($"{url}/{pairsOrder.Id}", new { kind = "PairsOrder", date = "2024-10-01" }), HttpStatusCode.NotFound);
    }
}
