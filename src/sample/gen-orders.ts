// Orders placed by active customers month by month (amount, cost, channel) and the complaints some of them raise.

import { type Day, daysInMonth, firstDayOfMonth } from '../model/days';
import { amountAround, type GenContext, nextWorkday } from './context';
import type { Customer } from './gen-customers';

export interface Order {
  id: string;
  readonly date: Day;
  readonly customer: Customer;
  readonly amount: number;
  readonly cost: number;
  readonly product: string;
  readonly channel: string;
}

export interface Complaint {
  readonly date: Day;
  readonly order: Order;
  readonly reason: string;
}

const CHANNEL_WEIGHT = [1.6, 1.0, 0.6, 0.8];
const COMPLAINT_RATE = 0.025;
const REASON_WEIGHT = [0.35, 0.2, 0.2, 0.15, 0.1];

export function generateOrders(ctx: GenContext, customers: readonly Customer[]): Order[] {
  const { rng, voc } = ctx;
  const orders: Order[] = [];
  for (const customer of customers) {
    const basket = 700 + customer.mrr * 0.6;
    for (let m = ctx.firstMonth; m <= ctx.lastMonth; m++) {
      const from = Math.max(customer.start, firstDayOfMonth(m));
      const to = Math.min(customer.end ?? ctx.end, firstDayOfMonth(m) + daysInMonth(Math.floor(m / 12), (m % 12) + 1));
      if (to <= from) continue;
      const x = rng.next();
      const count = x < 0.1 ? 2 : x < 0.5 ? 1 : 0;
      for (let k = 0; k < count; k++) {
        const day = Math.min(to - 1, nextWorkday(from + rng.int(to - from)));
        const amount = amountAround(ctx, basket, 0.45, 10);
        orders.push({
          id: '',
          date: day,
          customer,
          amount,
          cost: Math.round(amount * (0.52 + 0.18 * rng.next()) * 100) / 100,
          product: rng.pick(voc.products),
          channel: rng.weighted(voc.orderChannels, CHANNEL_WEIGHT),
        });
      }
    }
  }
  orders.sort((a, b) => a.date - b.date);
  const width = Math.max(5, String(orders.length).length);
  orders.forEach((o, i) => {
    o.id = `CMD-${String(i + 1).padStart(width, '0')}`;
  });
  return orders;
}

export function generateComplaints(ctx: GenContext, orders: readonly Order[]): Complaint[] {
  const { rng, voc } = ctx;
  const out: Complaint[] = [];
  for (const order of orders) {
    if (!rng.chance(COMPLAINT_RATE)) continue;
    const date = nextWorkday(order.date + 2 + rng.int(18));
    if (date < ctx.end) out.push({ date, order, reason: rng.weighted(voc.complaintReasons, REASON_WEIGHT) });
  }
  return out.sort((a, b) => a.date - b.date);
}
