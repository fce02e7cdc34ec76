using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Matching;
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;
using Mentorship.Infrastructure.Matching;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.WebApi.FunctionalTests.Matching;

[Databases(DatabaseProvider.Sqlite)]
public sealed class MatchingRegistrationTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    [Test]
    public void The_application_matches_with_the_OR_Tools_solver()
    {
        var school = Guid.CreateVersion7();
        var town = Guid.CreateVersion7();
        var mentor = new MatchingMentor(Guid.CreateVersion7(), Guid.CreateVersion7(), PersonCategory.Teacher, school, town, 2, 0, ["химия"], [], true);
        var mentee = new MatchingMentee(Guid.CreateVersion7(), Guid.CreateVersion7(), PersonCategory.Pupil, school, town, ["химия"], [], true);

        var result = Factory.Services.GetRequiredService<MatchingEngine>().Propose(new MatchingInput(MentoringForm.TeacherPupil, [mentor], [mentee]));

        Factory.Services.GetRequiredService<IMatchingSolver>().Should().BeOfType<OrToolsMatchingSolver>();
        result.Proposals.Should().ContainSingle().Which.Score.Should().Be(10 + 5 + 6);
    }
}
