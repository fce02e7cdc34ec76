using System.Text.Json.Nodes;

namespace Mentorship.WebApi.FunctionalTests.Public;

/// <summary>
/// No public response type can carry personal data (152-FZ): every schema reachable from a response of
/// /api/v1/public/* in the served contract is walked, and no property may be named like a person's name, birth
/// date or contacts. The organisation's contacts are the one exception, in a schema of their own.
/// </summary>
[Databases(DatabaseProvider.Sqlite)]
public sealed class PersonalDataContractTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private const string PublicPrefix = "/api/v1/public/";

    /// <summary>The schema that holds an organisation's contacts, and the property that leads to it.</summary>
    private const string OrganizationContactsSchema = "PublicOrganizationContactsDto";
    private const string OrganizationContactsProperty = "organizationContacts";

    /// <summary>
    /// The programme's contact for parents: the organisation's public contact, or the curator's work contact only while
    /// the curator's recorded agreement to publish it stands (withdrawing it hides it at once; tested in
    /// ProgrammePageForParentsTests). The only other place where a contact may appear.
    /// </summary>
    private const string ProgrammeContactSchema = "PublicProgrammeContactDto";
    private const string ProgrammeContactProperty = "contact";

    /// <summary>Parts of property names (lower case, letters only) that identify or reach a person.</summary>
    private static readonly string[] Denied =
    [
        "firstname", "lastname", "middlename", "fullname", "surname", "patronymic", "initials",
        "birth", "snils", "passport", "person", "gender", "sex",
        "email", "mail", "phone", "mobile", "telegram", "messenger", "contact", "address",
    ];

    [Test]
    public async Task No_public_response_type_has_a_property_that_could_carry_personal_data()
    {
        var document = JsonNode.Parse(await Client.GetStringAsync("/swagger/v1/swagger.json"))!;

        var (operations, visited, violations) = Walk(document);

        operations.Should().BeGreaterThanOrEqualTo(6, "every public endpoint is in the contract");
        visited.Should().Contain(["PublicProgrammeDto", "PublicProgrammeSummaryDto", "PublicOrganizationDto", "PublicPartnerDto", "PublicPracticeDto", "PublicIndicatorDto", OrganizationContactsSchema, ProgrammeContactSchema]);
        violations.Should().BeEmpty();
    }

    [Test]
    public void The_walk_finds_a_person_hidden_behind_references_arrays_and_allOf()
    {
        var document = JsonNode.Parse("""
            {
              "paths": { "/api/v1/public/things": { "get": { "responses": { "200": { "content": { "application/json": {
                "schema": { "$ref": "#/components/schemas/PageOfThing" } } } } } } } },
              "components": { "schemas": {
                "PageOfThing": { "properties": { "items": { "type": "array", "items": { "$ref": "#/components/schemas/Thing" } } } },
                "Thing": { "properties": { "title": { "type": "string" }, "mentor": { "allOf": [ { "$ref": "#/components/schemas/Mentor" } ] } } },
                "Mentor": { "properties": { "fullName": { "type": "string" }, "birthDate": { "type": "string" }, "email": { "type": "string" } } }
              } }
            }
            """)!;

        var (_, visited, violations) = Walk(document);

        visited.Should().BeEquivalentTo("PageOfThing", "Thing", "Mentor");
        violations.Should().BeEquivalentTo("Mentor.fullName", "Mentor.birthDate", "Mentor.email");
    }

    private static (int Operations, HashSet<string> Visited, List<string> Violations) Walk(JsonNode document)
    {
        var schemas = document["components"]?["schemas"]?.AsObject();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var violations = new List<string>();
        var operations = 0;

        void Visit(JsonNode? schema, string owner)
        {
            if (schema is not JsonObject node)
            {
                return;
            }

            if (node["$ref"]?.GetValue<string>() is { } reference)
            {
                var name = reference[(reference.LastIndexOf('/') + 1)..];
                if (visited.Add(name))
                {
                    Visit(schemas?[name], name);
                }

                return;
            }

            foreach (var (property, value) in node["properties"]?.AsObject() ?? [])
            {
                var letters = new string(property.Where(char.IsLetter).Select(char.ToLowerInvariant).ToArray());
                var allowed = owner is OrganizationContactsSchema or ProgrammeContactSchema || property == OrganizationContactsProperty
                    || (owner == "PublicProgrammeDto" && property == ProgrammeContactProperty);
                if (!allowed && Denied.Any(letters.Contains))
                {
                    violations.Add($"{owner}.{property}");
                }

                Visit(value, owner);
            }

            Visit(node["items"], owner);
            Visit(node["additionalProperties"], owner);
            foreach (var composition in new[] { "allOf", "oneOf", "anyOf" })
            {
                foreach (var part in node[composition]?.AsArray() ?? [])
                {
                    Visit(part, owner);
                }
            }
        }

        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            if (!path.StartsWith(PublicPrefix, StringComparison.Ordinal) || item is not JsonObject methods)
            {
                continue;
            }

            foreach (var (_, operation) in methods)
            {
                operations++;
                foreach (var (_, response) in operation?["responses"]?.AsObject() ?? [])
                {
                    foreach (var (_, media) in response?["content"]?.AsObject() ?? [])
                    {
                        Visit(media?["schema"], path);
                    }
                }
            }
        }

        return (operations, visited, violations);
    }
}
