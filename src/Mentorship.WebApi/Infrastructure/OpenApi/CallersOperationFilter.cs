using System.Reflection;
using System.Text.Json.Nodes;
using MediatR;
using Mentorship.Application.Common.Security;
using Mentorship.WebApi.Endpoints.Common;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using AuthorizeAttribute = Mentorship.Application.Common.Security.AuthorizeAttribute;

namespace Mentorship.WebApi.Infrastructure;

/// <summary>
/// Names who may call each operation, from the <see cref="Application.Common.Security.AuthorizeAttribute"/>s of
/// the request the endpoint sends (found by <see cref="SendsMetadata"/>, by the use case's name — operation
/// <c>CreateProgramme</c> sends <c>CreateProgrammeCommand</c> — or among the handler's parameters): the roles in
/// <c>x-roles</c>, whether an API key (role IntegrationClient) may call it in <c>x-api-key</c>, and the security
/// requirements to match — ApiKey only where a key is let in, none on anonymous operations. The sentence for
/// readers is added by <see cref="CallersDocumentFilter"/>, after every other filter has written the description.
/// </summary>
public sealed class CallersOperationFilter : IOperationFilter
{
    public const string RolesExtension = "x-roles";
    public const string ApiKeyExtension = "x-api-key";
    public const string AnonymousExtension = "x-anonymous";

    private static readonly Dictionary<string, Type> Requests = typeof(AuthorizeAttribute).Assembly.GetTypes()
        .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false } && typeof(IBaseRequest).IsAssignableFrom(t))
        .GroupBy(t => t.Name)
        .ToDictionary(g => g.Key, g => g.First());

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
        if (metadata.OfType<Microsoft.AspNetCore.Authorization.IAllowAnonymous>().Any())
        {
            // Said outright: no security requirement at all (an empty list), not one forgotten.
            operation.Extensions[AnonymousExtension] = new JsonNodeExtension(JsonValue.Create(true));
            operation.Security = [];
            return;
        }

        var roles = metadata.OfType<CallerRolesMetadata>().FirstOrDefault()?.Roles
                    ?? RolesOf(RequestOf(operation.OperationId, metadata, context.MethodInfo));
        var apiKey = roles.Contains(Roles.IntegrationClient);
        operation.Extensions[RolesExtension] = new JsonNodeExtension(new JsonArray([.. roles.Select(r => JsonValue.Create(r))]));
        operation.Extensions[ApiKeyExtension] = new JsonNodeExtension(JsonValue.Create(apiKey));

        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(OpenApi.BearerScheme, context.Document)] = [] });
        if (apiKey)
        {
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(OpenApi.ApiKeyScheme, context.Document)] = [] });
        }
    }

    /// <summary>The request type the endpoint sends through the mediator.</summary>
    public static Type? RequestOf(string? operationId, IEnumerable<object> metadata, MethodInfo? handler) =>
        metadata.OfType<SendsMetadata>().FirstOrDefault()?.RequestType
        ?? (operationId is null ? null : Requests.GetValueOrDefault(operationId + "Command") ?? Requests.GetValueOrDefault(operationId + "Query"))
        ?? handler?.GetParameters().Select(p => p.ParameterType).FirstOrDefault(typeof(IBaseRequest).IsAssignableFrom);

    /// <summary>
    /// The roles that pass every <see cref="AuthorizeAttribute"/> of the request (each must hold, any of its roles
    /// will do); a request without one lets in every authenticated caller.
    /// </summary>
    public static IReadOnlyList<string> RolesOf(Type? request)
    {
        if (request is null)
        {
            throw new InvalidOperationException("An endpoint must send a request the contract can read its roles from: name it after the use case, add .Sends<TRequest>(), or, for an endpoint that sends none, .CalledBy(roles).");
        }

        var requirements = request.GetCustomAttributes<AuthorizeAttribute>(inherit: true)
            .Select(a => a.Roles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(r => r.Length > 0)
            .ToList();

        return [.. Roles.All.Where(role => requirements.All(r => r.Contains(role)))];
    }
}

/// <summary>Ends each operation's description with who may call it, read from the extensions <see cref="CallersOperationFilter"/> wrote.</summary>
public sealed class CallersDocumentFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        foreach (var operation in swaggerDoc.Paths.Values.SelectMany(p => (IEnumerable<OpenApiOperation>?)p.Operations?.Values ?? []))
        {
            var sentence = Sentence(operation.Extensions);
            operation.Description = string.IsNullOrWhiteSpace(operation.Description) ? sentence : $"{operation.Description.TrimEnd()}\n\n{sentence}";
        }
    }

    private static string Sentence(IDictionary<string, IOpenApiExtension>? extensions)
    {
        if (extensions is null || extensions.ContainsKey(CallersOperationFilter.AnonymousExtension)
            || !extensions.TryGetValue(CallersOperationFilter.RolesExtension, out var rolesExtension)
            || rolesExtension is not JsonNodeExtension { Node: JsonArray roles })
        {
            return "Anonymous: no token needed.";
        }

        var apiKey = extensions.TryGetValue(CallersOperationFilter.ApiKeyExtension, out var apiKeyExtension)
                     && apiKeyExtension is JsonNodeExtension { Node: JsonValue value } && value.GetValue<bool>();
        var names = roles.Count == Roles.All.Count ? "any authenticated caller" : string.Join(", ", roles.Select(r => r!.GetValue<string>()));
        return $"Roles: {names}. API key: {(apiKey ? "yes" : "no")}.";
    }
}
