"""Every GraphQL document the Shopify connector sends, and the query-cost arithmetic that sizes its pages.

The documents are validated against Shopify's published Admin API schema by the test suite, so a
field renamed in a new API version fails a test instead of a merchant's sync.
"""

from __future__ import annotations

from typing import Final

DEFAULT_API_VERSION: Final = "2026-04"
OLDEST_API_VERSION: Final = "2026-01"  # changeFromQuantity and @idempotent exist from here on

MAX_PAGE_SIZE: Final = 250  # Relay connections and input arrays: at most 250
MAX_QUERY_COST: Final = 1000  # Shopify refuses a single query that may cost more (MAX_COST_EXCEEDED)

SHOP: Final = """
query ShopIdentity {
  shop {
    name
    myshopifyDomain
  }
}
"""

LOCATIONS: Final = """
query Locations($first: Int!, $after: String) {
  locations(first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { id name isActive }
  }
}
"""

# A variant as both inventory documents read it; each adds its stock levels to inventoryItem.
VARIANT_FIELDS: Final = """
fragment VariantFields on ProductVariant {
  id
  sku
  displayName
  price
  updatedAt
  inventoryItem { id tracked }
}
"""

LEVEL_FIELDS: Final = """
fragment LevelFields on InventoryLevel {
  location { id name }
  quantities(names: ["available"]) { name quantity }
}
"""

INVENTORY_ALL_LOCATIONS: Final = (
    """
query InventoryAllLocations($first: Int!, $after: String, $levels: Int!) {
  productVariants(first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes {
      ...VariantFields
      inventoryItem {
        inventoryLevels(first: $levels) {
          pageInfo { hasNextPage }
          nodes { ...LevelFields }
        }
      }
    }
  }
}
"""
    + VARIANT_FIELDS
    + LEVEL_FIELDS
)

INVENTORY_ONE_LOCATION: Final = (
    """
query InventoryOneLocation($first: Int!, $after: String, $locationId: ID!) {
  productVariants(first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes {
      ...VariantFields
      inventoryItem {
        inventoryLevel(locationId: $locationId) { ...LevelFields }
      }
    }
  }
}
"""
    + VARIANT_FIELDS
    + LEVEL_FIELDS
)

VARIANTS_BY_SKU: Final = """
query VariantsBySku($first: Int!, $query: String!) {
  productVariants(first: $first, query: $query) {
    nodes {
      sku
      inventoryItem { id }
    }
  }
}
"""

ORDERS: Final = """
query OrdersUpdatedSince($first: Int!, $after: String, $query: String) {
  orders(first: $first, after: $after, query: $query, sortKey: UPDATED_AT) {
    pageInfo { hasNextPage endCursor }
    nodes {
      id
      name
      displayFinancialStatus
      displayFulfillmentStatus
      cancelledAt
      closed
      createdAt
      updatedAt
      totalPriceSet { shopMoney { amount currencyCode } }
    }
  }
}
"""

SET_QUANTITIES: Final = """
mutation SetAvailableQuantities($input: InventorySetQuantitiesInput!, $idempotencyKey: String!) {
  inventorySetQuantities(input: $input) @idempotent(key: $idempotencyKey) {
    inventoryAdjustmentGroup { id }
    userErrors { field message code }
  }
}
"""

ALL_DOCUMENTS: Final = {
    "ShopIdentity": SHOP,
    "Locations": LOCATIONS,
    "InventoryAllLocations": INVENTORY_ALL_LOCATIONS,
    "InventoryOneLocation": INVENTORY_ONE_LOCATION,
    "VariantsBySku": VARIANTS_BY_SKU,
    "OrdersUpdatedSince": ORDERS,
    "SetAvailableQuantities": SET_QUANTITIES,
}


def variant_cost(levels: int | None) -> int:
    """Worst-case points one variant node adds, by Shopify's rule (object 1, connection 2 + first x node).

    `levels` is the inventoryLevels page size, or None for the single-location document.
    variant + inventoryItem = 2; each level = level + location + quantities = 3.
    """
    if levels is None:
        return 2 + 3
    return 2 + 2 + levels * 3


def inventory_page_size(levels: int | None, cap: int = MAX_PAGE_SIZE) -> int:
    """The largest variant page (at most `cap`) whose requested cost stays under MAX_QUERY_COST."""
    fits = (MAX_QUERY_COST - 2) // variant_cost(levels)
    return max(1, min(cap, MAX_PAGE_SIZE, fits))


def inventory_query_cost(first: int, levels: int | None) -> int:
    return 2 + first * variant_cost(levels)


def orders_query_cost(first: int) -> int:
    """order + totalPriceSet + shopMoney per node."""
    return 2 + first * 3
