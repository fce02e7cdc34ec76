using System.Net;
using System.Net.Http.Json;

namespace Mentorship.WebApi.FunctionalTests.Infrastructure;

/// <summary>Requests that carry more than a body: an integration's idempotency key, an anonymous public read.</summary>
public static class ClientRequests
{
    public const string PublicApi = "/api/v1/public";

    /// <summary>An integration write: POST with an <c>Idempotency-Key</c> header.</summary>
    public static Task<HttpResponseMessage> PostIdempotentAsync(this HttpClient client, string path, object body, string idempotencyKey) =>
        client.PostIdempotentAsync(path, JsonContent.Create(body, options: HttpResults.Json), idempotencyKey);

    public static async Task<HttpResponseMessage> PostIdempotentAsync(this HttpClient client, string path, HttpContent content, string idempotencyKey, string? apiKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1{path}") { Content = content };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        if (apiKey is not null)
        {
            request.Headers.Add(Mentorship.WebApi.Infrastructure.ApiKeyAuthenticationHandler.HeaderName, apiKey);
        }

        return await client.SendAsync(request);
    }

    /// <summary>A school system's batch of people, sent with its API key and an <c>Idempotency-Key</c> (on a client with no caller of its own).</summary>
    public static Task<HttpResponseMessage> PostPeopleAsync(this HttpClient client, string apiKey, string idempotencyKey, object batch) =>
        client.PostIdempotentAsync("/integration/people", JsonContent.Create(batch, options: HttpResults.Json), idempotencyKey, apiKey);

    /// <summary>GET of the open information resource, expecting 200.</summary>
    public static async Task<T> GetPublicAsync<T>(this HttpClient client, string path)
    {
        var response = await client.GetAsync(PublicApi + path);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await HttpResults.ReadAsync<T>(response);
    }
}
