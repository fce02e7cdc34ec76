using System.Net;

namespace Mentorship.WebApi.FunctionalTests.Public;

/// <summary>Bad public queries answer 400 with the field.</summary>
public sealed class PublicQueryInputTests(DatabaseProvider provider) : FunctionalTest(provider)
{
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
}
