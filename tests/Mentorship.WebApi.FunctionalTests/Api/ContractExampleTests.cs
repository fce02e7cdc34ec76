using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Mentorship.Domain.People;
using Mentorship.WebApi.Infrastructure;

namespace Mentorship.WebApi.FunctionalTests.Api;

/// <summary>
/// The examples of the served contract are requests the API takes: every JSON request body's example, with real
/// ids of seeded records in place of the example ids (in the path and in the body), is sent as an administrator and
/// must not be refused as malformed (400). It may still meet a rule of the state (404, 409: the record is elsewhere
/// or the programme at another stage) — that is not the example's fault.
/// </summary>
[Databases(DatabaseProvider.Sqlite)]
public sealed partial class ContractExampleTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    [Test]
    public async Task Every_request_body_example_of_the_contract_is_accepted_as_well_formed()
    {
        var ids = await SeedAsync();
        var contract = await ServedContractAsync();

        var sent = 0;
        var refused = new List<string>();
        // Creations first: an update's example changes the seeded records (a person's category, say).
        var operations = contract["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Select(o => (Template: p.Key, Method: o.Key, Operation: o.Value!)))
            .OrderBy(o => o.Method == "post" ? 0 : 1);
        foreach (var (template, method, operation) in operations)
        {
            if (operation["requestBody"]?["content"]?["application/json"]?["schema"] is not { } schema)
            {
                continue;
            }

            var example = Example(contract, schema);
            example.Should().NotBeNull($"{method} {template} must have a request example");
            var body = Substitute(example!.DeepClone(), ids, null);
            using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), PathWithIds(template, ids))
            {
                Content = new StringContent(body!.ToJsonString(), Encoding.UTF8, "application/json"),
            };
            if (operation["parameters"]?.AsArray().Any(p => p!["name"]!.GetValue<string>() == IdempotencyFilter.HeaderName) == true)
            {
                request.Headers.Add(IdempotencyFilter.HeaderName, Guid.NewGuid().ToString());
            }

            using var response = await Client.SendAsync(request);
            sent++;
            if (response.StatusCode == HttpStatusCode.BadRequest)
            {
                refused.Add($"{method.ToUpperInvariant()} {template}: {await response.Content.ReadAsStringAsync()}");
            }
        }

        sent.Should().BeGreaterThan(50, "every write of the API takes a JSON body");
        refused.Should().BeEmpty("the examples of the contract must be requests the API accepts");
    }

    [Test]
    public async Task The_example_of_creating_a_programme_creates_one()
    {
        var ids = await SeedAsync();
        var contract = await ServedContractAsync();
        var example = Example(contract, contract["paths"]!["/api/v1/programmes"]!["post"]!["requestBody"]!["content"]!["application/json"]!["schema"]!);

        var response = await Client.PostAsync($"{Api}/programmes",
            new StringContent(Substitute(example!.DeepClone(), ids, null)!.ToJsonString(), Encoding.UTF8, "application/json"));

        var programme = await OkAsync<Application.Programmes.Queries.GetProgramme.ProgrammeDto>(response, HttpStatusCode.Created);
        programme.StartYear.ToString().Should().Be(example["startYear"]!.GetValue<string>());
        programme.OrganizationId.Should().Be(ids["organization"]);
    }

    private async Task<JsonNode> ServedContractAsync()
    {
        AsAnonymous();
        var contract = JsonNode.Parse(await Client.GetStringAsync("/swagger/v1/swagger.json"))!;
        AsAdministrator();
        return contract;
    }

    /// <summary>The example of a request body: the referenced component's own.</summary>
    private static JsonNode? Example(JsonNode contract, JsonNode schema)
    {
        var reference = schema["$ref"]?.GetValue<string>() ?? schema["allOf"]?[0]?["$ref"]?.GetValue<string>();
        return reference is null ? schema["example"] : contract["components"]!["schemas"]![reference.Split('/')[^1]]!["example"];
    }

    /// <summary>Puts the id of a seeded record in place of each example id, chosen by the member's name.</summary>
    private static JsonNode? Substitute(JsonNode? node, IReadOnlyDictionary<string, Guid> ids, string? name)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var key in o.Select(p => p.Key).ToList())
                {
                    o[key] = Substitute(o[key]?.DeepClone(), ids, key);
                }

                return o;
            case JsonArray a:
                return new JsonArray([.. a.Select(e => Substitute(e?.DeepClone(), ids, name))]);
            case JsonValue v when v.TryGetValue<string>(out var text) && text == ExamplesSchemaFilter.MenteeId:
                return ids["menteeperson"].ToString();
            case JsonValue v when v.TryGetValue<string>(out var text) && text.StartsWith(ExamplesSchemaFilter.ExampleIdPrefix, StringComparison.Ordinal):
                return IdFor(name, ids).ToString();
            default:
                return node;
        }
    }

    private static string PathWithIds(string template, IReadOnlyDictionary<string, Guid> ids) =>
        PathParameter().Replace(template, m =>
        {
            var name = m.Groups["name"].Value;

            // "{id}" after a collection names one of its records: /people/{id} is a person.
            var collection = template[..m.Index].TrimEnd('/').Split('/')[^1];
            return IdFor(name == "id" ? collection : name, ids).ToString();
        });

    private static Guid IdFor(string? name, IReadOnlyDictionary<string, Guid> ids)
    {
        var key = (name ?? "").Replace("Ids", "", StringComparison.Ordinal).Replace("Id", "", StringComparison.Ordinal).ToLowerInvariant();
        return ids.FirstOrDefault(i => key.EndsWith(i.Key, StringComparison.Ordinal) || i.Key == key).Value is { } id && id != Guid.Empty ? id : Guid.NewGuid();
    }

    /// <summary>A region, municipality and school with a teacher and a pupil, and a programme of the school.</summary>
    private async Task<Dictionary<string, Guid>> SeedAsync()
    {
        var (region, municipality) = await Given.Territory();
        var school = await Given.Organization(municipality.Id);
        var teacher = await Given.Person(school.Id, PersonCategory.Teacher);
        var pupil = await Given.Person(school.Id, PersonCategory.Pupil);
        var programme = await Given.Programme(school.Id);
        return new Dictionary<string, Guid>
        {
            ["regions"] = region.Id,
            ["region"] = region.Id,
            ["municipalities"] = municipality.Id,
            ["municipality"] = municipality.Id,
            ["organizations"] = school.Id,
            ["organization"] = school.Id,
            ["people"] = teacher,
            ["person"] = teacher,
            ["mentorperson"] = teacher,
            ["menteeperson"] = pupil,
            ["programmes"] = programme.Id,
            ["programme"] = programme.Id,
        };
    }

    [GeneratedRegex(@"\{(?<name>[^}]+)\}")]
    private static partial Regex PathParameter();
}
