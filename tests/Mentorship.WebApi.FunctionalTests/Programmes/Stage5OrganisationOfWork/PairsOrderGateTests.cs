using System.Net;
using Mentorship.Application.Programmes.Queries.GetProgramme;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;

namespace Mentorship.WebApi.FunctionalTests.Programmes.Stage5OrganisationOfWork;

/// <summary>Issue 14, item 2: once pairs are confirmed, the way to stage 6 waits for the order on them (приказ о закреплении пар).</summary>
public sealed class PairsOrderGateTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private Guid _school;

    [SetUp]
    public async Task CreateSchool() => _school = await Given.School("МБОУ Лицей № 2");

    [Test]
    public async Task The_gate_to_stage_6_waits_for_the_order_on_pairs_and_opens_once_it_is_recorded()
    {
        var mentee = await Given.Person(_school, PersonCategory.Pupil, "Ученикова");
        AsCurator(_school);
        var (programme, mentor) = await Given.ProgrammeAtStage5(_school, "PupilPupil", PersonCategory.Pupil, 2, ["математика"], mentee);
        await Given.ConfirmedPair(programme, "PupilPupil", mentor, mentee);

        var stage = await Client.StageAsync(programme);
        stage.Checklist.Select(i => (i.Code, i.Met)).Should().Equal(("activeGroup", true), ("pairsOrder", false));
        stage.Checklist.Single(i => i.Code == "pairsOrder").Missing.Should().Be("Зарегистрируйте приказ о закреплении наставнических пар (групп).");

        var refused = await ProblemAsync(await Client.PostAsync($"{Api}/programmes/{programme}/stage/advance", null), HttpStatusCode.Conflict);
        refused.Code.Should().Be(ErrorCodes.Documents.PairsOrderMissing);
        refused.Detail.Should().Contain("приказ о закреплении наставнических пар");
        await Client.AdvanceIsRefusedAsync(programme, "pairsOrder");

        var withOrder = await Given.PairsOrder(programme);
        withOrder.DocumentKindsPresent.Should().Contain(NormativeDocumentKind.PairsOrder);
        withOrder.Documents.Single(d => d.Kind == NormativeDocumentKind.PairsOrder).Should().BeEquivalentTo(new
        {
            Number = "45-од", Date = new DateOnly(2024, 10, 1), FileReference = "orders/2024/45-od.pdf", ApprovedBy = "Директор Иванова И. И.", Title = (string?)null,
        });
        (await Client.StageAsync(programme)).GateOpen.Should().BeTrue();
        (await Client.AdvanceAsync(programme)).Stage.Should().Be(ProgrammeStage.Completion);
    }

    [Test]
    public async Task Without_pairs_the_gate_names_both_the_pair_and_the_order()
    {
        var mentee = await Given.Person(_school, PersonCategory.Pupil, "Ученикова");
        AsCurator(_school);
        var (programme, _) = await Given.ProgrammeAtStage5(_school, "PupilPupil", PersonCategory.Pupil, 2, ["математика"], mentee);

        var refused = await ProblemAsync(await Client.PostAsync($"{Api}/programmes/{programme}/stage/advance", null), HttpStatusCode.Conflict);
        refused.Code.Should().Be(ErrorCodes.Stage.GateNotMet);
        await Client.AdvanceIsRefusedAsync(programme, "activeGroup", "pairsOrder");
    }

    [Test]
    public async Task The_programme_page_and_the_stage_1_checklist_show_which_documents_are_present()
    {
        AsCurator(_school);
        var programme = await Given.Programme(_school);
        var added = await OkAsync<ProgrammeDto>(await PostAsync($"{Api}/programmes/{programme.Id}/documents", new { kind = "Regulation", date = "2024-09-02" }));
        added.DocumentKindsPresent.Should().Equal(NormativeDocumentKind.Regulation);

        var checklist = (await Client.StageAsync(programme.Id)).Checklist.ToDictionary(i => i.Code, i => i.Met);
        checklist["regulation"].Should().BeTrue();
        checklist["introductionOrder"].Should().BeFalse();
        checklist["curatorOrder"].Should().BeFalse();
    }
}
