package org.storyline.extract.claim;

/** What a quantity measures: a plain count, a share, money, or a physical measure. */
public enum Unit {
  /** A count of things: "8,500 troops". */
  NONE,
  PERCENT,
  PERCENTAGE_POINTS,
  /** An amount of money; its currency is on the quantity. */
  MONEY,
  MILE,
  YARD,
  FOOT,
  INCH,
  KILOMETER,
  METER,
  ACRE,
  SQUARE_MILE,
  KILOGRAM,
  POUND,
  TON,
  GALLON,
  BARREL,
  LITER
}
