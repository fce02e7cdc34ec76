using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.People;
using Mentorship.WebApi.FunctionalTests.Api;
using Mentorship.WebApi.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.WebApi.FunctionalTests.Security;

/// <summary>
/// Object-level authorisation of every write (DESIGN.md §5), generated from the contract: each POST, PUT and DELETE
/// that names a record in its path is sent, with a body built from its schema, against a record of another region by
/// each scoped role of the home region. Every one answers 404 (out of scope) or 403 (the role may not) and changes no row.
/// </summary>
public sealed class ForeignScopeWriteTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    [Test]
    public async Task Every_write_on_a_foreign_record_is_refused_and_changes_nothing()
    {
        var home = await Given.Region("38", "Иркутская область");
        var homeSchool = (await Given.Organization((await Given.Municipality(home.Id, "Ангарск")).Id, "Своя школа")).Id;
        var homePupil = await Given.Person(homeSchool, PersonCategory.Pupil, "Свой");
        var ids = await ForeignWorldAsync();

        var callers = new (string Role, Action As)[]
        {
            (Roles.RegionalCoordinator, () => AsRegionalCoordinator(home.Id)),
            (Roles.Curator, () => AsCurator(homeSchool)),
            (Roles.Mentor, () => As(Roles.Mentor, (MentorshipClaims.PersonId, homePupil.ToString()), (MentorshipClaims.OrganizationId, ids["organizationId"].ToString()))),
            (Roles.Mentee, () => As(Roles.Mentee, (MentorshipClaims.PersonId, homePupil.ToString()), (MentorshipClaims.OrganizationId, ids["organizationId"].ToString()))),
        };
        var before = await FingerprintAsync();
        var failures = new List<string>();
        var sent = 0;
        foreach (var (method, path, body, idempotent) in Writes(ids))
        {
            foreach (var (role, act) in callers)
            {
                act();
                using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = body is null ? null : JsonContent.Create(body) };
                if (idempotent)
                {
                    // A write that takes an Idempotency-Key gets one, so that what answers is the scope, not the missing header.
                    request.Headers.Add(Mentorship.WebApi.Infrastructure.IdempotencyFilter.HeaderName, Guid.NewGuid().ToString());
                }

                var response = await Client.SendAsync(request);
                sent++;
                if (response.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.Forbidden))
                {
                    var text = await response.Content.ReadAsStringAsync();
                    var errors = text.IndexOf("\"errors\"", StringComparison.Ordinal);
                    failures.Add($"{role} {method} {path}: {(int)response.StatusCode} {(errors < 0 ? text : text[errors..])}");
                }
            }
        }

        failures.Should().BeEmpty(string.Join(Environment.NewLine, failures.Prepend(string.Empty)));
        sent.Should().BeGreaterThan(200);
        (await FingerprintAsync()).Should().Be(before);
    }

    /// <summary>A school of another region with a programme at stage 5, a pair, a success case and the records around them.</summary>
    private async Task<Dictionary<string, Guid>> ForeignWorldAsync()
    {
        var region = await Given.Region("23", "Краснодарский край");
        var municipality = (await Given.Municipality(region.Id, "Армавир")).Id;
        var school = (await Given.Organization(municipality, "Чужая школа")).Id;
        var mentee = await Given.Person(school, PersonCategory.Pupil, "Чужой");
        var (programmeId, mentor) = await Given.ProgrammeAtStage5(school, "PupilPupil", PersonCategory.Pupil, 1, ["математика"], mentee);
        var group = await Given.ConfirmedPair(programmeId, "PupilPupil", mentor, mentee);
        var caseId = await Given.SuccessCase(programmeId, "Кейс", published: false);
        return await QueryAsync(async db => new Dictionary<string, Guid>
        {
            ["regionId"] = region.Id, ["municipalityId"] = municipality, ["organizationId"] = school, ["personId"] = mentee, ["mentorPersonId"] = mentor,
            ["programmeId"] = programmeId, ["groupId"] = group.Id, ["caseId"] = caseId,
            ["candidateId"] = await db.MentorCandidates.Select(c => c.Id).SingleAsync(),
            ["trainingId"] = await db.MentorTrainings.Select(t => t.Id).FirstAsync(),
            ["mentorId"] = await db.Mentors.Select(m => m.Id).SingleAsync(),
            ["menteeId"] = await db.Mentees.Select(m => m.Id).SingleAsync(),
            ["requestId"] = await db.MenteeRequests.Select(r => r.Id).FirstAsync(),
            ["consentId"] = await db.Consents.Where(c => c.PersonId == mentee).Select(c => c.Id).FirstAsync(),
            ["itemId"] = await db.ProgrammeTasks.Select(t => t.Id).FirstAsync(),
        });
    }

    /// <summary>The contract's writes that name a record in the path, with the foreign ids and a body from the schema.</summary>
    private static List<(string Method, string Path, JsonNode? Body, bool Idempotent)> Writes(Dictionary<string, Guid> ids)
    {
        using var spec = JsonDocument.Parse(File.ReadAllText(Path.Combine(OpenApiContractTests.RepositoryRoot(), "api-spec", "openapi.json")));
        var schemas = spec.RootElement.GetProperty("components").GetProperty("schemas");
        var writes = new List<(string Method, string Path, JsonNode? Body, bool Idempotent)>();
        // The open resource's writes (a parent's join request) are anonymous: there is no scope to be outside of.
        foreach (var path in spec.RootElement.GetProperty("paths").EnumerateObject()
                     .Where(p => p.Name.Contains('{', StringComparison.Ordinal) && !p.Name.StartsWith("/api/v1/public/", StringComparison.Ordinal)))
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name is "post" or "put" or "delete"))
            {
                JsonNode? body = operation.Value.TryGetProperty("requestBody", out var requestBody)
                    ? Sample(requestBody.GetProperty("content").EnumerateObject().First().Value.GetProperty("schema"), schemas, ids, 0)
                    : null;

                // A document's kind belongs to some levels only (the first of the list to organisations and programmes);
                // "Other" belongs to every level.
                if (body is JsonObject fields && fields.ContainsKey("kind") && path.Name.Contains("/documents", StringComparison.Ordinal))
                {
                    fields["kind"] = "Other";
                }

                var idempotent = operation.Value.TryGetProperty("parameters", out var parameters)
                                 && parameters.EnumerateArray().Any(p => p.GetProperty("name").GetString() == Mentorship.WebApi.Infrastructure.IdempotencyFilter.HeaderName);
                writes.Add((operation.Name.ToUpperInvariant(), Fill(path.Name, ids), body, idempotent));
            }
        }

        return writes;
    }

    private static string Fill(string path, Dictionary<string, Guid> ids)
    {
        var segments = path.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            if (segments[i] == "{id}")
            {
                segments[i] = "{" + segments[i - 1] switch
                {
                    "people" => "personId", "programmes" => "programmeId", "regions" => "regionId", "municipalities" => "municipalityId",
                    "organizations" => "organizationId", "groups" => "groupId", _ => "unknown",
                } + "}";
            }

            if (segments[i].StartsWith('{'))
            {
                // A record the foreign world has no row of (a roadmap, a survey, an API key) is an unknown id: still not found.
                segments[i] = ids.TryGetValue(segments[i].Trim('{', '}'), out var id) ? id.ToString() : Guid.CreateVersion7().ToString();
            }
        }

        return string.Join('/', segments);
    }

    /// <summary>Fields whose validators want a value of their own format (the schema says only "string" or "integer").</summary>
    private static readonly Dictionary<string, Func<Dictionary<string, Guid>, JsonNode?>> Formatted = new(StringComparer.OrdinalIgnoreCase)
    {
        ["email"] = _ => JsonValue.Create("school@example.org"),
        ["url"] = _ => JsonValue.Create("https://example.org/doc"),
        ["fileReference"] = _ => JsonValue.Create("https://example.org/doc"),
        ["workEmail"] = _ => JsonValue.Create("curator@example.org"),
        ["workPhone"] = _ => JsonValue.Create("+7 (3952) 20-00-00"),
        ["snils"] = _ => null,
        ["website"] = _ => JsonValue.Create("https://example.org"),
        ["year"] = _ => JsonValue.Create(2024),
        ["oktmo"] = _ => JsonValue.Create("03701000"),
        ["inn"] = _ => null,
        ["birthDate"] = _ => JsonValue.Create("2010-05-01"),
        ["outcome"] = _ => JsonValue.Create("Completed"),
        ["members"] = ids => new JsonArray(
            new JsonObject { ["personId"] = ids["mentorPersonId"], ["role"] = "Mentor" },
            new JsonObject { ["personId"] = ids["personId"], ["role"] = "Mentee" }),
    };

    /// <summary>A value for a schema: every property filled, dates in the programme's year, ids of the foreign world.</summary>
    private static JsonNode? Sample(JsonElement schema, JsonElement schemas, Dictionary<string, Guid> ids, int depth, string? name = null)
    {
        if (name is not null && Formatted.TryGetValue(name, out var formatted))
        {
            return formatted(ids);
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            return depth > 5 ? null : Sample(schemas.GetProperty(reference.GetString()!.Split('/')[^1]), schemas, ids, depth + 1, name);
        }

        if (schema.TryGetProperty("enum", out var values))
        {
            return JsonValue.Create(values.EnumerateArray().Select(v => v.GetString()).First(v => v is not null));
        }

        foreach (var variant in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (schema.TryGetProperty(variant, out var options))
            {
                return options.EnumerateArray().Select(o => Sample(o, schemas, ids, depth, name)).FirstOrDefault(v => v is not null);
            }
        }

        var types = schema.TryGetProperty("type", out var type)
            ? type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()).ToList() : [type.GetString()]
            : ["object"];
        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        var lower = name?.ToLowerInvariant() ?? string.Empty;
        return types.FirstOrDefault(t => t != "null") switch
        {
            "string" when format == "uuid" => JsonValue.Create(ids.FirstOrDefault(i => string.Equals(i.Key, name, StringComparison.OrdinalIgnoreCase)).Value is var v && v != Guid.Empty ? v : ids["personId"]),
            "string" when format == "date" => JsonValue.Create("2024-10-15"),
            "string" when format == "date-time" => JsonValue.Create("2024-10-01T09:00:00+00:00"),
            "string" when lower.EndsWith("year", StringComparison.Ordinal) => JsonValue.Create("2024/2025"),
            "string" => JsonValue.Create("Проверка"),
            "integer" or "number" => JsonValue.Create(1),
            "boolean" => JsonValue.Create(false),
            "array" => new JsonArray(schema.TryGetProperty("items", out var items) ? Sample(items, schemas, ids, depth + 1, name) : null),
            _ => schema.TryGetProperty("properties", out var properties)
                ? new JsonObject(properties.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, Sample(p.Value, schemas, ids, depth + 1, p.Name))))
                : new JsonObject(),
        };
    }

    /// <summary>Row counts and versions of the records a write could touch.</summary>
    private Task<string> FingerprintAsync() => QueryAsync(async db =>
    {
        var counts = new[]
        {
            await db.Programmes.IgnoreQueryFilters().SumAsync(p => p.Version), await db.SuccessCases.IgnoreQueryFilters().SumAsync(c => c.Version),
            await db.MentoringGroups.IgnoreQueryFilters().SumAsync(g => g.Version), await db.People.IgnoreQueryFilters().SumAsync(p => p.Version),
            await db.Organizations.IgnoreQueryFilters().SumAsync(o => o.Version), await db.MentorCandidates.SumAsync(c => c.Version),
            await db.Mentors.SumAsync(m => m.Version), await db.Mentees.SumAsync(m => m.Version),
            await db.GroupMembers.CountAsync(), await db.Notes.CountAsync(), await db.Goals.CountAsync(), await db.Meetings.CountAsync(),
            await db.IntermediateResults.CountAsync(), await db.Feedbacks.CountAsync(), await db.Awards.CountAsync(), await db.FinalEvents.CountAsync(),
            await db.ProgrammeTasks.CountAsync(), await db.TeamMembers.CountAsync(), await db.NormativeDocuments.CountAsync(), await db.StageTransitions.CountAsync(),
            await db.Consents.CountAsync(), await db.Employments.CountAsync(), await db.Trainings.CountAsync(), await db.Publications.CountAsync(),
            await db.ContestParticipations.CountAsync(), await db.MenteeRequests.CountAsync(), await db.InformingRecords.CountAsync(), await db.HeadCounts.IgnoreQueryFilters().CountAsync(),
            await db.Municipalities.CountAsync(), await db.Regions.CountAsync(), await db.SurveyResponses.CountAsync(), await db.MentorTrainings.CountAsync(),
        };
        return string.Join(',', counts);
    });
}
