import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** A problem or goal tree board (TreeBoard), on the canvas or as the phone outline: the same test ids in both. */
export class TreeBoardPage {
  constructor(readonly page: Page) {}

  get board(): Locator {
    return this.page.getByTestId('tree.board');
  }
  get canvas(): Locator {
    return this.page.getByTestId('tree.canvas');
  }
  get nodes(): Locator {
    return this.page.getByTestId('tree.node');
  }
  get root(): Locator {
    return this.nodes.and(this.page.locator('[data-kind="problem"], [data-kind="goal"]')).first();
  }
  get editInput(): Locator {
    return this.page.getByTestId('tree.edit-input');
  }

  node(text: string): Locator {
    return this.nodes.filter({ has: this.page.getByTestId('tree.node-text').getByText(text, { exact: true }) });
  }

  async boardId(): Promise<string> {
    return (await this.board.getAttribute('data-board-id')) ?? '';
  }

  async nodeId(text: string): Promise<string> {
    return (await this.node(text).getAttribute('data-node-id')) ?? '';
  }

  /** Clicks a node's text (not its middle, where a drop would go) to select it. */
  async select(node: Locator): Promise<void> {
    await node.getByTestId('tree.node-text').click();
    await expect(node).toHaveAttribute('data-selected', 'true');
  }

  /** Selects `parent`, presses an add button, types the text and saves with Enter. */
  async add(parent: Locator, button: 'tree.add-cause' | 'tree.add-consequence' | 'tree.add-sibling', text: string): Promise<Locator> {
    await this.select(parent);
    await this.page.getByTestId(button).click();
    await expect(this.editInput).toBeFocused();
    await this.editInput.fill(text);
    await this.editInput.press('Enter');
    await expect(this.node(text)).toBeVisible();
    return this.node(text);
  }

  async setText(node: Locator, text: string): Promise<void> {
    await this.select(node);
    await this.page.keyboard.press('F2');
    await this.editInput.fill(text);
    await this.editInput.press('Enter');
    await expect(this.node(text)).toBeVisible();
  }

  /** A real pointer drag (dnd-kit's pointer sensor): press on `from`, move past the activation distance, release over `to`. */
  async drag(from: Locator, to: Locator, where: 'onto' | 'before' | 'after' = 'onto'): Promise<void> {
    const a = (await from.boundingBox())!;
    const b = (await to.boundingBox())!;
    const tx = where === 'onto' ? b.x + b.width / 2 : where === 'before' ? b.x + 4 : b.x + b.width - 4;
    const ty = b.y + b.height / 2;
    await this.page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(a.x + a.width / 2 + 12, a.y + a.height / 2 + 12, { steps: 4 });
    await expect(this.page.getByTestId('tree.drag-ghost')).toBeVisible();
    await this.page.mouse.move(tx, ty, { steps: 12 });
    await this.page.mouse.move(tx + 1, ty, { steps: 2 });
  }

  async drop(): Promise<void> {
    await this.page.mouse.up();
    await expect(this.page.getByTestId('tree.drag-ghost')).toHaveCount(0);
  }

  async expectParent(child: string, parent: string): Promise<void> {
    await expect(this.node(child)).toHaveAttribute('data-parent-id', await this.nodeId(parent));
  }
}
