using System.Net;
using System.Text.Json;
using Mentorship.Domain.Auditing;
using Mentorship.Domain.People;
using Mentorship.WebApi.FunctionalTests.Api;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.WebApi.FunctionalTests.Security;

/// <summary>
/// DESIGN.md §5: every response that shows a person's name, birth date or contacts is in the audit log (who, when,
/// which persons). The operations are read from the contract: every non-public GET whose response schema reaches a
/// person's name (lastName, personName, mentorName, fullName…, or a name beside a personId) or birth date.
/// </summary>
public sealed class PersonalDataAuditTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private static readonly HashSet<string> PersonalFields = ["lastName", "firstName", "middleName", "birthDate", "personName", "mentorName", "menteeName", "fullName"];

    [Test]
    public async Task Every_read_that_shows_a_persons_data_is_audited_with_the_persons_shown()
    {
        var school = await Given.School("Школа № 1");
        var curator = await Given.Person(school, PersonCategory.Teacher, "Куратор");
        var mentees = new[] { await Given.Person(school, PersonCategory.Pupil, "Первый"), await Given.Person(school, PersonCategory.Pupil, "Второй") };
        AsCurator(school);
        var (programmeId, mentor) = await Given.ProgrammeAtStage5(school, "PupilPupil", PersonCategory.Pupil, 1, ["математика"], mentees);
        await OkAsync<object>(await PutAsync($"{Api}/programmes/{programmeId}/curator", new { personId = curator, position = "Заместитель директора" }));
        var group = await Given.ConfirmedPair(programmeId, "PupilPupil", mentor, mentees[0]);
        var (run, runLocation) = await Client.StartMatchingRunAsync(programmeId);
        await Client.WaitForJobAsync(runLocation);
        var municipalityId = await QueryAsync(db => db.Organizations.Where(o => o.Id == school).Select(o => o.MunicipalityId).SingleAsync());
        await OkAsync<object>(await PostAsync($"{Api}/municipalities/{municipalityId}/mentor-bank", new
        {
            personId = curator, capacity = 1, competences = new[] { "математика" }, agreedAt = "2024-09-10", trainingExceptionReason = "Обучение в ноябре",
        }), HttpStatusCode.Created);
        var ids = await QueryAsync(async db => new Dictionary<string, Guid>
        {
            ["municipalityId"] = municipalityId,
            ["entryId"] = await db.MunicipalMentors.Select(m => m.Id).SingleAsync(),
            ["candidateId"] = await db.MentorCandidates.Select(c => c.Id).SingleAsync(),
            ["mentorId"] = await db.Mentors.Select(m => m.Id).SingleAsync(),
            ["menteeId"] = await db.Mentees.Where(m => m.PersonId == mentees[1]).Select(m => m.Id).SingleAsync(),
            ["programmeId"] = programmeId,
            ["groupId"] = group.Id,
            ["runId"] = run.Id,
        });
        var people = new[] { curator, mentor, mentees[0], mentees[1] };

        var walked = new List<string>();
        foreach (var (operationId, path) in PersonalReads())
        {
            var url = Fill(path, ids, mentees[1]);
            var before = await QueryAsync(db => db.AuditEntries.Select(e => e.Id).ToListAsync());

            var response = await Client.GetAsync(url);

            response.StatusCode.Should().Be(HttpStatusCode.OK, $"{operationId} ({url}) is walked with data");
            var body = await response.Content.ReadAsStringAsync();
            // A person's own resource (records, consents) shows that person even where the body repeats no id.
            var shown = people.Where(p => body.Contains(p.ToString(), StringComparison.OrdinalIgnoreCase) || url.Contains(p.ToString(), StringComparison.Ordinal)).ToList();
            shown.Should().NotBeEmpty($"{operationId} is walked with a person to show");
            var audited = await QueryAsync(db => db.AuditEntries.Where(e => !before.Contains(e.Id)).ToListAsync());
            audited.Should().OnlyContain(e => e.Action == AuditAction.Read && e.Actor!.StartsWith("test:Curator"), operationId);
            audited.Select(e => e.PersonId).Should().Contain(shown.Cast<Guid?>(), $"{operationId} shows these persons");
            walked.Add(operationId);
        }

        walked.Should().Contain(["GetPeople", "GetPerson", "GetProgramme", "GetMentorCandidates", "GetMentors", "GetMentees", "GetMatchingProposals", "GetMatchingRun", "GetGroups", "GetGroup"]);
    }

    /// <summary>The non-public GET operations whose 200 response reaches a schema with a person's data.</summary>
    private static IEnumerable<(string OperationId, string Path)> PersonalReads()
    {
        using var spec = JsonDocument.Parse(File.ReadAllText(Path.Combine(OpenApiContractTests.RepositoryRoot(), "api-spec", "openapi.json")));
        var schemas = spec.RootElement.GetProperty("components").GetProperty("schemas");
        var memo = new Dictionary<string, bool>();

        bool Personal(string name)
        {
            if (memo.TryGetValue(name, out var known))
            {
                return known;
            }

            memo[name] = false;
            var schema = schemas.GetProperty(name);
            var properties = schema.TryGetProperty("properties", out var p) ? p.EnumerateObject().Select(x => x.Name).ToHashSet() : [];
            return memo[name] = properties.Overlaps(PersonalFields) || (properties.Contains("name") && properties.Contains("personId"))
                                 || References(schema).Any(Personal);
        }

        foreach (var path in spec.RootElement.GetProperty("paths").EnumerateObject().Where(p => !p.Name.Contains("/public/", StringComparison.Ordinal)))
        {
            if (path.Value.TryGetProperty("get", out var get) && get.GetProperty("responses").TryGetProperty("200", out var ok)
                && References(ok).Any(Personal))
            {
                yield return (get.GetProperty("operationId").GetString()!, path.Name);
            }
        }
    }

    private static IEnumerable<string> References(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => p.Name == "$ref" ? [p.Value.GetString()!.Split('/')[^1]] : References(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(References),
        _ => [],
    };

    private static string Fill(string path, Dictionary<string, Guid> ids, Guid person)
    {
        var id = path.StartsWith("/api/v1/people/", StringComparison.Ordinal) ? person
            : path.StartsWith("/api/v1/groups/", StringComparison.Ordinal) ? ids["groupId"]
            : ids["programmeId"];
        var url = path.Replace("{id}", id.ToString());
        foreach (var (name, value) in ids)
        {
            url = url.Replace("{" + name + "}", value.ToString());
        }

        url.Should().NotContain("{", $"{path} has a parameter the walk does not fill");
        return url;
    }
}
