using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Mentorship.WebApi.Infrastructure;

/// <summary>
/// Marks <c>required</c> what the API really demands and really returns, so that a generated client needs no casts:
/// <list type="bullet">
/// <item>in a request body (and the records inside it), every member the API refuses to go without — found by
/// sending an empty request of that type through the same checks the validation behaviour runs
/// (<see cref="RequiredRequestMembers"/>); such a member is not nullable either. A member with a default in the
/// record stays optional.</item>
/// <item>in a response, every member the serialiser always writes (all of them, <c>null</c> included, but those it
/// leaves out when empty, like ProblemDetails' <c>detail</c>).</item>
/// </list>
/// A schema used both ways follows the request rule. Problem details say for themselves what they always carry
/// (<see cref="ProblemCodeSchemaFilter"/>): their members depend on the refusal.
/// </summary>
public sealed class RequiredMembersDocumentFilter(IServiceScopeFactory scopes) : IDocumentAsyncFilter
{
    public async Task ApplyAsync(OpenApiDocument swaggerDoc, DocumentFilterContext context, CancellationToken cancellationToken)
    {
        if (swaggerDoc.Components?.Schemas is not { } schemas)
        {
            return;
        }

        var requestRoots = SchemaTypes.BodySchemas(swaggerDoc, requests: true).Select(SchemaTypes.ReferenceId).OfType<string>().ToHashSet();
        var requests = SchemaTypes.Reachable(swaggerDoc, SchemaTypes.BodySchemas(swaggerDoc, requests: true));
        var responses = SchemaTypes.Reachable(swaggerDoc, SchemaTypes.BodySchemas(swaggerDoc, requests: false));

        using var scope = scopes.CreateScope();
        var demanded = new RequiredRequestMembers(scope.ServiceProvider);
        foreach (var root in requestRoots.Select(SchemaTypes.Of).OfType<Type>())
        {
            await demanded.ProbeAsync(root, cancellationToken);
        }

        foreach (var (id, candidate) in schemas)
        {
            if (candidate is not OpenApiSchema { Properties.Count: > 0 } schema || SchemaTypes.Of(id) is not { } type)
            {
                continue;
            }

            if (requests.Contains(id))
            {
                foreach (var name in demanded.Of(type).Where(schema.Properties.ContainsKey))
                {
                    Require(schema, name);
                    SchemaTypes.SetNullable(schema.Properties[name], nullable: false);
                }
            }
            else if (responses.Contains(id) && !typeof(Microsoft.AspNetCore.Mvc.ProblemDetails).IsAssignableFrom(type))
            {
                foreach (var name in schema.Properties.Keys.Where(name => SchemaTypes.Property(type, name) is { } p && !SchemaTypes.IsOmittedWhenEmpty(p)).ToList())
                {
                    Require(schema, name);
                }
            }
        }
    }

    private static void Require(OpenApiSchema schema, string name)
    {
        schema.Required ??= new SortedSet<string>(StringComparer.Ordinal);
        schema.Required.Add(name);
    }
}
