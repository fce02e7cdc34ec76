using System.Text.Json.Nodes;

namespace Mentorship.WebApi.FunctionalTests.Api;

/// <summary>
/// Every operation of the served contract tells its reader what it does (summary) and when and why to call it
/// (description): the XML doc comments of the endpoint methods reach the contract.
/// </summary>
[Databases(DatabaseProvider.Sqlite)]
public sealed class OperationDocumentationTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    [Test]
    public async Task Every_operation_has_a_summary_and_a_description()
    {
        AsAnonymous();
        var contract = JsonNode.Parse(await Client.GetStringAsync("/swagger/v1/swagger.json"))!;
        var operations = contract["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject()
                .Where(method => Methods.Contains(method.Key))
                .Select(method => (Name: $"{method.Key.ToUpperInvariant()} {path.Key}", Operation: method.Value!)))
            .ToList();

        operations.Should().NotBeEmpty();
        operations.Where(o => string.IsNullOrWhiteSpace((string?)o.Operation["summary"])).Select(o => o.Name)
            .Should().BeEmpty("every operation needs a one-line summary (the <summary> of its endpoint method)");
        operations.Where(o => string.IsNullOrWhiteSpace((string?)o.Operation["description"])).Select(o => o.Name)
            .Should().BeEmpty("every operation needs a description (the <remarks> of its endpoint method)");
    }

    [Test]
    public async Task A_summary_is_one_line()
    {
        AsAnonymous();
        var contract = JsonNode.Parse(await Client.GetStringAsync("/swagger/v1/swagger.json"))!;
        var multiLine = contract["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject()
                .Where(method => Methods.Contains(method.Key))
                .Where(method => ((string?)method.Value!["summary"])?.Contains('\n', StringComparison.Ordinal) == true)
                .Select(method => $"{method.Key.ToUpperInvariant()} {path.Key}"));

        multiLine.Should().BeEmpty();
    }
}
