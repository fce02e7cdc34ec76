namespace Mentorship.WebApi.Endpoints.Common;

/// <summary>The problem responses every write endpoint can give, declared once for the contract.</summary>
public static class EndpointConventions
{
    public static RouteHandlerBuilder ProducesWriteProblems(this RouteHandlerBuilder builder) => builder
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    public static RouteHandlerBuilder ProducesUpdateProblems(this RouteHandlerBuilder builder) => builder
        .ProducesProblem(StatusCodes.Status412PreconditionFailed)
        .WithOpenApiIfMatch();

    /// <summary>
    /// Names the request an endpoint sends when it is not named after the use case, so that the contract can read
    /// who may call it from the request's authorization attributes.
    /// </summary>
    public static RouteHandlerBuilder Sends<TRequest>(this RouteHandlerBuilder builder)
        where TRequest : MediatR.IBaseRequest => builder.WithMetadata(new SendsMetadata(typeof(TRequest)));

    /// <summary>
    /// Names in the contract the roles of an endpoint that sends no request through the mediator (the endpoint still
    /// checks them itself).
    /// </summary>
    public static RouteHandlerBuilder CalledBy(this RouteHandlerBuilder builder, params string[] roles) =>
        builder.WithMetadata(new CallerRolesMetadata(roles));

    /// <summary>Documents the optional If-Match header that carries the ETag of the version being changed.</summary>
    public static RouteHandlerBuilder WithOpenApiIfMatch(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(new IfMatchMetadata());
}

public sealed class IfMatchMetadata;

/// <summary>Marks the operations that take (and require) an Idempotency-Key header, for the contract.</summary>
public sealed class IdempotencyKeyMetadata;

/// <summary>The request an endpoint sends through the mediator (see <see cref="EndpointConventions.Sends{TRequest}"/>).</summary>
public sealed record SendsMetadata(Type RequestType);

/// <summary>The roles of an endpoint that sends no request (see <see cref="EndpointConventions.CalledBy"/>).</summary>
public sealed record CallerRolesMetadata(IReadOnlyList<string> Roles);
