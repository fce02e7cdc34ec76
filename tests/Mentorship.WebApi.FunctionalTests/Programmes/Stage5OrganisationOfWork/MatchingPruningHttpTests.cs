using Mentorship.Application.Matching;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetMatchingProposals;
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Mentorship.WebApi.FunctionalTests.Programmes.Stage5OrganisationOfWork;

/// <summary>GET …/matching with the candidates pruned to each mentee's best k (Matching:CandidatesPerMentee).</summary>
public sealed class MatchingPruningHttpTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private Guid _school;
    private int? _configured;

    private MatchingOptions Options => Factory.Services.GetRequiredService<IOptions<MatchingOptions>>().Value;

    [SetUp]
    public async Task CreateSchool()
    {
        _configured = Options.CandidatesPerMentee;
        _school = await Given.School("МБОУ СОШ № 7");
    }

    [TearDown]
    public void RestoreOptions() => Options.CandidatesPerMentee = _configured;

    [Test]
    public async Task With_one_candidate_per_mentee_the_proposals_keep_the_rules_and_equal_the_unpruned_ones()
    {
        AsCurator(_school);
        var programme = await Given.Programme(_school);
        await Given.LaunchConditionsMet(programme.Id, "TeacherPupil");
        await Client.AdvanceAsync(programme.Id);
        var physicist = await Given.Person(_school, PersonCategory.Teacher, "Физиков");
        var mathematician = await Given.Person(_school, PersonCategory.Teacher, "Математиков");
        var physicistCandidate = await Given.AcceptedMentor(programme.Id, physicist);
        var mathematicianCandidate = await Given.AcceptedMentor(programme.Id, mathematician);
        await Client.AdvanceAsync(programme.Id);
        await Given.MentorInBank(programme.Id, physicistCandidate.Id, 1, "математика", "физика");
        await Given.MentorInBank(programme.Id, mathematicianCandidate.Id, 1, "математика");
        await Client.AdvanceAsync(programme.Id);
        var pupils = new List<Guid>();
        foreach (var name in new[] { "Алексеев", "Борисов", "Васильев" })
        {
            var pupil = await Given.Person(_school, PersonCategory.Pupil, name);
            await Given.Mentee(programme.Id, pupil, "математика", "физика");
            pupils.Add(pupil);
        }

        await Client.AdvanceAsync(programme.Id);

        Options.CandidatesPerMentee = 1;
        var pruned = await OkAsync<MatchingResultDto>(await Client.GetAsync($"{Api}/programmes/{programme.Id}/matching"));
        Options.CandidatesPerMentee = 0;
        var unpruned = await OkAsync<MatchingResultDto>(await Client.GetAsync($"{Api}/programmes/{programme.Id}/matching"));

        pruned.Proposals.Select(p => p.MentorPersonId).Should().BeEquivalentTo(new[] { physicist, mathematician },
            "every mentee keeps only the physicist, yet the mentee he cannot take still gets the mathematician's place");
        pruned.Proposals.Should().OnlyContain(p => p.Form == MentoringForm.TeacherPupil && p.Score > 0 && p.Reasons.Count > 0);
        pruned.Proposals.Select(p => p.MenteePersonId).Should().OnlyHaveUniqueItems().And.BeSubsetOf(pupils);
        pruned.Unmatched.Should().ContainSingle().Which.Reason.Should().NotBeNullOrWhiteSpace();
        pruned.TotalScore.Should().Be(unpruned.TotalScore);
        pruned.Proposals.Select(p => (p.MentorPersonId, p.Score)).Should().BeEquivalentTo(unpruned.Proposals.Select(p => (p.MentorPersonId, p.Score)));
    }
}
