using Mentorship.WebApi.Infrastructure;

namespace Mentorship.WebApi.Endpoints.Public;

/// <summary>
/// The open information resource (открытый информационный ресурс): anonymous, read-only, published data only,
/// no personal data; cacheable and callable from the configured frontends.
/// </summary>
public static class PublicGroup
{
    /// <summary>The /public group each feature of the open resource maps its routes into.</summary>
    public static RouteGroupBuilder MapPublicGroup(this RouteGroupBuilder api) => api.MapGroup("/public").WithTags("Public")
        .AllowAnonymous()
        .RequireCors(PublicResource.CorsPolicy)
        .AddEndpointFilter<PublicCachingFilter>()
        .CacheOutput(PublicResource.CachePolicy)
        .WithMetadata(new ETagMetadata());

    /// <summary>What every public endpoint may answer besides its body: 304 to a matching If-None-Match, 429 over the limit.</summary>
    public static RouteHandlerBuilder ProducesPublicProblems(this RouteHandlerBuilder builder) => builder
        .Produces(StatusCodes.Status304NotModified)
        .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
