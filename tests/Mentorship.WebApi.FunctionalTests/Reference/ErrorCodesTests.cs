using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Mentorship.Application.Reference.Queries.GetErrors;
using Mentorship.Domain.Common;
using Mentorship.Infrastructure.Persistence;
using Mentorship.WebApi.FunctionalTests.Infrastructure;

namespace Mentorship.WebApi.FunctionalTests.Reference;

/// <summary>Every problem carries a stable code, field errors carry theirs, and the catalogue of codes is public.</summary>
public sealed class ErrorCodesTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    [Test]
    public async Task The_catalogue_lists_every_code_with_its_russian_and_english_text()
    {
        var errors = await Anonymous.GetFromJsonAsync<List<ErrorCodeDto>>($"{Api}/reference/errors", Json);

        errors!.Select(e => e.Code).Should().OnlyHaveUniqueItems().And.Contain([ErrorCodes.Common.NotFound, ErrorCodes.Validation.Required]);
        errors!.Should().OnlyContain(e => e.Ru.Length > 0 && e.En.Length > 0 && e.Ru != e.En);
        errors!.Single(e => e.Code == ErrorCodes.Common.NotFound).En.Should().Be("{0} ({1}) was not found.");
    }

    [Test]
    public async Task A_validation_error_names_the_field_and_its_code()
    {
        var response = await Client.PostAsync($"{Api}/regions", new StringContent("{\"code\": \"38\"}", Encoding.UTF8, "application/json"));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        problem.Code.Should().Be(ErrorCodes.Validation.Failed);
        problem.ErrorCodes!["name"].Should().Equal(ErrorCodes.Validation.Required);
        problem.Errors!["name"].Should().ContainSingle();
    }

    [Test]
    public async Task A_missing_record_is_404_with_its_code_in_russian_by_default_and_in_english_on_request()
    {
        var id = Guid.CreateVersion7();

        var russian = await ProblemAsync(await Client.GetAsync($"{Api}/regions/{id}"), HttpStatusCode.NotFound);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Api}/regions/{id}");
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        var english = await ProblemAsync(await Client.SendAsync(request), HttpStatusCode.NotFound);

        russian.Code.Should().Be(ErrorCodes.Common.NotFound);
        russian.Detail.Should().Be($"Запись «регион» ({id}) не найдена.");
        english.Code.Should().Be(ErrorCodes.Common.NotFound);
        english.Detail.Should().Be($"Region ({id}) was not found.");
    }

    [Test]
    public async Task An_unknown_route_is_404_with_a_code()
    {
        var problem = await ProblemAsync(await Client.GetAsync($"{Api}/no-such-thing"), HttpStatusCode.NotFound);

        problem.Code.Should().Be(ErrorCodes.Common.NotFound);
    }
}
