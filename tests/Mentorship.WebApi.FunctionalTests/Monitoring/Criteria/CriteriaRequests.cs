using System.Net;
using System.Net.Http.Json;
using Mentorship.Application.Criteria;
using Mentorship.Application.Monitoring.Queries.GetEfficiency;
using Mentorship.Domain.Monitoring;

namespace Mentorship.WebApi.FunctionalTests.Monitoring.Criteria;

/// <summary>The criteria inputs and results over HTTP, as the tests of this folder use them.</summary>
internal static class CriteriaRequests
{
    public static async Task<QuestionnaireDto> OpenQuestionnaireAsync(this HttpClient client, Guid organizationId, int year) =>
        await HttpResults.OkAsync<QuestionnaireDto>(await client.PostAsJsonAsync("/api/v1/questionnaires", new { organizationId, year }, HttpResults.Json), HttpStatusCode.Created);

    public static Task<HttpResponseMessage> AnswerAsync(this HttpClient client, Guid questionnaireId, string? deficitConditions, string? materialMotivation = null, string? nonMaterialMotivation = null) =>
        client.PutAsJsonAsync($"/api/v1/questionnaires/{questionnaireId}/answers/mine", new { deficitConditions, materialMotivation, nonMaterialMotivation }, HttpResults.Json);

    public static Task<HttpResponseMessage> PaperAnswersAsync(this HttpClient client, Guid questionnaireId, string idempotencyKey, object[] answers)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/questionnaires/{questionnaireId}/paper-answers") { Content = JsonContent.Create(new { answers }, options: HttpResults.Json) };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        return client.SendAsync(request);
    }

    /// <summary>The criteria of an organisation and year, by criterion.</summary>
    public static async Task<Dictionary<EfficiencyCriterion, CriterionDto>> EfficiencyAsync(this HttpClient client, Guid organizationId, int year) =>
        (await HttpResults.OkAsync<EfficiencyDto>(await client.GetAsync($"/api/v1/monitoring/efficiency?organizationId={organizationId}&year={year}")))
        .Criteria.ToDictionary(c => c.Criterion);

    public static CriterionIndicatorDto Indicator(this Dictionary<EfficiencyCriterion, CriterionDto> criteria, CriterionIndicator indicator) =>
        criteria[indicator.Criterion()].Indicators.Single(i => i.Indicator == indicator);
}
